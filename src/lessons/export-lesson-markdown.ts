import type { Block } from './lesson.js';
import type { LessonExport } from './lesson-export.js';
import { laterCommands, type StepJson } from './lesson-json.js';
import { uiText } from './ui-text.js';

/** A fence longer than any run of backticks in `text`, so the text cannot close it. */
function fence(text: string, info: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${info}\n${text}\n${marks}`;
}

function cellText(cell: string): string {
  return cell.replaceAll('|', '\\|');
}

/** A step's text blocks as Markdown, written the way content/lessons/ files write them. */
function blocksMarkdown(blocks: readonly Block[]): string[] {
  return blocks.map((block) => {
    if (typeof block === 'string') return block;
    if ('pre' in block) return fence(block.pre.join('\n'), 'text');
    const row = (cells: readonly string[]) => `| ${cells.map(cellText).join(' | ')} |`;
    return [
      row(block.head),
      `|${block.head.map(() => '---').join('|')}|`,
      ...block.rows.map(row),
    ].join('\n');
  });
}

/** Lines quoted with "> ", blank lines too, so the quote stays one block. */
function quoted(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function stepMarkdown(data: LessonExport, index: number, step: StepJson): string {
  const { main, second } = data;
  const ui = uiText(main.lang);
  const parts = [`## ${ui.stepHeading(index + 1, main.steps.length, step.title)}`];
  parts.push(...blocksMarkdown(step.body));
  (data.runs[index] ?? []).forEach((run, at) => {
    parts.push(fence(`$ ${step.commands[at] ?? ''}\n${run.output.replace(/\n+$/, '')}`, 'console'));
  });
  const later = laterCommands(step);
  if (later.length > 0) {
    parts.push(ui.tryLater, fence(later.map((line) => `$ ${line}`).join('\n'), 'console'));
  }
  const other = second.steps[index];
  if (other !== undefined) {
    parts.push(quoted([`**${other.title}**`, ...blocksMarkdown(other.body)].join('\n\n')));
  }
  return parts.join('\n\n');
}

/**
 * The lesson as a Markdown handout: every step with its commands' real outputs, the second
 * language quoted under each step, and the questions with their answers.
 */
export function exportLessonMarkdown(data: LessonExport): string {
  const { main, second } = data;
  const ui = uiText(main.lang);
  const parts = [
    `# ${main.title}`,
    `*${second.title}*`,
    `\`netlab lesson ${main.id}\` · ${ui.length(main.steps.length, main.minutes)}`,
    ...main.steps.map((step, index) => stepMarkdown(data, index, step)),
  ];
  if (main.questions.length > 0) {
    const items = main.questions.map((question, at) => {
      const check = question.check === null ? '' : ` ${ui.checkYourself} \`${question.check}\``;
      return `${at + 1}. ${question.question}\n   **${ui.answerIs(question.answer)}** ${question.because}${check}`;
    });
    parts.push(`## ${ui.questionsHeading}`, items.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
