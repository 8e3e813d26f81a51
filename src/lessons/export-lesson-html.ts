import type { Block } from './lesson.js';
import type { LessonExport } from './lesson-export.js';
import { type LessonJson, laterCommands, type StepJson } from './lesson-json.js';
import { uiText } from './ui-text.js';

const BULLET = '- ';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe inside an HTML element or a quoted attribute.
 * @example escapeHtml('<b> & "x"') // '&lt;b&gt; &amp; &quot;x&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replaceAll(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Large type for a projector; everything wraps, so nothing scrolls sideways at 1280 pixels. */
const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d0d0d0; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { font-size: 26px; }
body { margin: 0 auto; max-width: 1240px; padding: 1rem 1.2rem 3rem; color: var(--ink); background: #fff;
  font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
  "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; line-height: 1.45; overflow-wrap: anywhere; }
header { border-bottom: 4px solid var(--accent); margin-bottom: 1rem; }
h1 { font-size: 1.9rem; margin: 0.3rem 0; line-height: 1.2; }
h2 { font-size: 1.4rem; color: var(--accent); margin: 0 0 0.5rem; line-height: 1.25; }
.meta, .second, .second h3 { color: var(--muted); }
.meta { margin: 0 0 0.6rem; font-size: 0.85rem; }
.step, .questions { border-top: 2px solid var(--rule); padding-top: 1rem; margin-top: 1.5rem; }
main > .step:first-child { border-top: 0; margin-top: 0; }
p, ul { margin: 0.4rem 0 0.7rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 0.8rem; font-size: 0.85rem; }
th, td { border: 1px solid var(--rule); padding: 0.2rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #eef3f9; }
pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, "WenQuanYi Zen Hei Mono", monospace;
  font-size: 0.8rem; line-height: 1.25; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.4rem 0; }
pre.diagram { background: #f6f6f6; padding: 0.5rem 0.7rem; border-radius: 6px; }
.run { margin: 0.7rem 0; border-radius: 6px; background: #16181d; color: #e8e8e8; }
.run .command { border-radius: 6px 6px 0 0; background: #262a33; color: #8fe388; font-weight: bold; padding: 0.4rem 0.7rem; margin: 0; }
.run .output { padding: 0.4rem 0.7rem 0.6rem; margin: 0; }
.later { font-size: 0.85rem; }
.second { border-left: 4px solid var(--rule); padding-left: 0.8rem; margin-top: 1rem; font-size: 0.8rem; }
.second h3 { font-size: 1rem; margin: 0 0 0.3rem; }
.questions li { margin-bottom: 0.6rem; }
.answer { font-weight: bold; }
@media print { html { font-size: 12pt; } .step { break-inside: avoid-page; } }
`;

/** A step's text blocks as HTML; consecutive bullets become one list. */
function blocksHtml(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length > 0) parts.push(`<ul>${bullets.join('')}</ul>`);
    bullets = [];
  };
  for (const block of blocks) {
    if (typeof block === 'string' && block.startsWith(BULLET)) {
      bullets.push(`<li>${escapeHtml(block.slice(BULLET.length))}</li>`);
      continue;
    }
    flush();
    if (typeof block === 'string') parts.push(`<p>${escapeHtml(block)}</p>`);
    else if ('pre' in block)
      parts.push(`<pre class="diagram">${escapeHtml(block.pre.join('\n'))}</pre>`);
    else {
      const cells = (row: readonly string[], tag: string) =>
        `<tr>${row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
      parts.push(
        `<table><thead>${cells(block.head, 'th')}</thead><tbody>${block.rows.map((row) => cells(row, 'td')).join('')}</tbody></table>`,
      );
    }
  }
  flush();
  return parts.join('\n');
}

function stepHtml(data: LessonExport, index: number, step: StepJson): string {
  const { main, second } = data;
  const ui = uiText(main.lang);
  const other = second.steps[index];
  const runs = (data.runs[index] ?? []).map(
    (run, at) =>
      `<div class="run"><pre class="command">$ ${escapeHtml(step.commands[at] ?? '')}</pre><pre class="output">${escapeHtml(run.output.replace(/\n+$/, ''))}</pre></div>`,
  );
  const tryLater = laterCommands(step);
  const later =
    tryLater.length === 0
      ? ''
      : `<div class="later"><p>${escapeHtml(ui.tryLater)}</p><pre>${tryLater.map((line) => `$ ${escapeHtml(line)}`).join('\n')}</pre></div>`;
  const beside =
    other === undefined
      ? ''
      : `<div class="second" lang="${escapeHtml(second.lang)}"><h3>${escapeHtml(other.title)}</h3>${blocksHtml(other.body)}</div>`;
  return `<section class="step" id="step-${escapeHtml(step.id)}" data-step="${escapeHtml(step.id)}">
<h2>${escapeHtml(ui.stepHeading(index + 1, main.steps.length, step.title))}</h2>
${blocksHtml(step.body)}
${runs.join('\n')}
${later}
${beside}
</section>`;
}

function questionsHtml(lesson: LessonJson): string {
  if (lesson.questions.length === 0) return '';
  const ui = uiText(lesson.lang);
  const items = lesson.questions.map((question) => {
    const check =
      question.check === null
        ? ''
        : `<br>${escapeHtml(ui.checkYourself)} <code>${escapeHtml(question.check)}</code>`;
    return `<li>${escapeHtml(question.question)}<br><span class="answer">${escapeHtml(ui.answerIs(question.answer))}</span> ${escapeHtml(question.because)}${check}</li>`;
  });
  return `<section class="questions"><h2>${escapeHtml(ui.questionsHeading)}</h2><ol>${items.join('')}</ol></section>`;
}

/**
 * The lesson as one self-contained HTML page for a projector or a handout: large type, every
 * step with its commands' real outputs, the second language under each step, the questions with
 * their answers. No scripts, no external fonts, stylesheets or images.
 */
export function exportLessonHtml(data: LessonExport): string {
  const { main, second } = data;
  const ui = uiText(main.lang);
  return `<!doctype html>
<html lang="${escapeHtml(main.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(main.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(main.title)}</h1>
<p class="meta" lang="${escapeHtml(second.lang)}">${escapeHtml(second.title)}</p>
<p class="meta">netlab lesson ${escapeHtml(main.id)} · ${escapeHtml(ui.length(main.steps.length, main.minutes))}</p>
</header>
<main>
${main.steps.map((step, index) => stepHtml(data, index, step)).join('\n')}
${questionsHtml(main)}
</main>
</body>
</html>
`;
}
