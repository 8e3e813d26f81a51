import type { Writable } from 'node:stream';
import stringWidth from 'string-width';
import { findFullWidth } from '../calc/full-width.js';
import { inLang } from '../core/lang.js';
import type { TerminalInput } from '../core/terminal-input.js';
import { wrapText } from '../text/wrap-text.js';
import { type Answer, checkReply, formatAnswer } from './answer.js';
import { commandLines } from './command-line.js';
import type { Question, SolvedQuestion } from './question.js';
import type { Layout } from './step-text.js';
import { uiText } from './ui-text.js';

/** How many questions the student got right, of how many asked. */
export interface QuestionScore {
  readonly right: number;
  readonly total: number;
}

/** Where questions are written and, on a terminal, where the replies come from. */
export interface QuestionOptions extends Layout {
  readonly out: Writable;
  /** Ask and check on a terminal; null prints each question with its answer. */
  readonly input: TerminalInput | null;
  readonly signal: AbortSignal;
}

/** What the question round came to: a score when asked on a terminal, and whether the student quit. */
export interface QuestionRound {
  readonly quit: boolean;
  readonly score: QuestionScore | null;
}

const INDENT = '   ';

/** Wraps `text` under the question's number, colouring each line (not the indent) with `tint`. */
function indented(text: string, width: number, tint = (line: string): string => line): string {
  const lines = wrapText(text, width - INDENT.length);
  return `${lines.map((line) => INDENT + tint(line)).join('\n')}\n`;
}

/** The question, numbered, with its options if a choice, and (when `asking`) the form of reply. */
function renderQuestion(
  number: number,
  solved: SolvedQuestion,
  layout: Layout,
  asking: boolean,
): string {
  const ui = uiText(layout.lang);
  const { answer } = solved;
  const ask =
    inLang(solved.text, layout.lang).ask + (asking ? ` ${ui.replyForm[answer.kind]}` : '');
  const label = `${number}. `;
  const lines = wrapText(ask, layout.width, { first: label, rest: ' '.repeat(stringWidth(label)) });
  if (answer.kind === 'choice') {
    answer.choices.forEach((choice, index) => {
      lines.push(`${INDENT}${index + 1}) ${inLang(choice.label, layout.lang)}`);
    });
  }
  return `\n${lines.join('\n')}\n`;
}

/** The explanation and the command that computes the same answer. */
function renderWhy(solved: SolvedQuestion, layout: Layout): string {
  const because = indented(inLang(solved.text, layout.lang).because, layout.width);
  if (solved.check === undefined) return because;
  return (
    because +
    indented(uiText(layout.lang).checkYourself, layout.width) +
    `${commandLines(solved.check, `${INDENT}$ `, layout.width)
      .map((line) => layout.paint.green(line))
      .join('\n')}\n`
  );
}

/** Replies that quit, as q and Esc do at a pause (no answer is a letter q or an escape). */
const QUIT_REPLIES: ReadonlySet<string> = new Set(['q', '\x1b']);

/**
 * Asks until the reply can be read; `null` when input ends or the student quits, `''` when the student asks for the
 * answer by pressing Enter.
 */
async function readReply(
  answer: Answer,
  options: QuestionOptions,
  input: TerminalInput,
): Promise<string | null> {
  const ui = uiText(options.lang);
  for (;;) {
    options.out.write(`${INDENT}> `);
    const reply = await input.line(options.signal);
    if (reply === null || QUIT_REPLIES.has(reply.trim().toLowerCase())) return null;
    if (reply.trim() === '') return '';
    if (checkReply(answer, reply) !== 'unreadable') return reply;
    const fullWidth = findFullWidth(reply.trim());
    const why =
      fullWidth === undefined
        ? ui.unreadable[answer.kind]
        : ui.fullWidth(fullWidth.char, fullWidth.halfWidth);
    options.out.write(indented(why, options.width));
  }
}

/**
 * The check-your-understanding round: on a terminal each question is asked and the reply
 * checked against the calculator's answer; otherwise each is printed with its answer.
 */
export async function askQuestions(
  questions: readonly Question[],
  options: QuestionOptions,
): Promise<QuestionRound> {
  const ui = uiText(options.lang);
  const { out, paint, input } = options;
  const heading = ui.questionsHeading;
  out.write(`\n${paint.bold(paint.cyan(heading))}\n${'-'.repeat(stringWidth(heading))}\n`);
  let right = 0;
  for (const [index, question] of questions.entries()) {
    const solved = question.solve();
    const shown = formatAnswer(solved.answer, options.lang);
    out.write(renderQuestion(index + 1, solved, options, input !== null));
    if (input === null) {
      out.write(indented(ui.answerIs(shown), options.width) + renderWhy(solved, options));
      continue;
    }
    const reply = await readReply(solved.answer, options, input);
    if (reply === null) return { quit: true, score: { right, total: index } };
    const verdict = reply === '' ? 'skipped' : checkReply(solved.answer, reply);
    if (verdict === 'right') right += 1;
    const said =
      verdict === 'right'
        ? indented(ui.right, options.width, paint.green)
        : verdict === 'wrong'
          ? indented(ui.wrong(shown), options.width, paint.yellow)
          : indented(ui.skipped(shown), options.width);
    out.write(said + renderWhy(solved, options));
  }
  const score = input === null ? null : { right, total: questions.length };
  if (score !== null) out.write(`\n${ui.score(score.right, score.total)}\n`);
  return { quit: false, score };
}
