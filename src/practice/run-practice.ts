import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CommandContext } from '../core/command-context.js';
import { InputError } from '../core/errors.js';
import type { ExitCode } from '../core/exit-code.js';
import type { Lang } from '../core/lang.js';
import { TerminalInput } from '../core/terminal-input.js';
import { messageCatalogue } from '../text/message-catalogue.js';
import { answerText, say } from './drill-text.js';
import { gradedJson, gradeSheet, readAnswers } from './grade-sheet.js';
import { makeSheet, type SheetSettings } from './make-sheet.js';
import { renderSummary, runDrill, wrapLines } from './run-drill.js';
import { renderSheetGift } from './sheet-gift.js';
import { sheetJson } from './sheet-json.js';
import { renderSheetMd } from './sheet-markdown.js';

/** Widest text the drill writes, even on a wide terminal. */
const MAX_WIDTH = 80;
/** The largest answer file the grader reads: far more than 500 answers need. */
const MAX_ANSWER_BYTES = 1024 * 1024;

/** A seed for a drill run without --seed, printed so that the run can be replayed. */
export function freshSeed(): string {
  return randomBytes(4).toString('hex');
}

function writeRows(context: CommandContext, rows: readonly unknown[]): void {
  context.io.stdout.write(rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
}

/** `netlab practice --json`: the sheet's questions as NDJSON, with the key when `answers`. */
export function printSheetJson(
  settings: SheetSettings,
  answers: boolean,
  context: CommandContext,
): ExitCode {
  const english = messageCatalogue('en', 'practice');
  writeRows(
    context,
    makeSheet(settings).map((item) => sheetJson(item, english, answers)),
  );
  return 0;
}

/** `netlab practice`: the interactive drill; Ctrl-C, end of input or the time limit end it with the summary. */
export async function practiseDrill(
  settings: SheetSettings,
  options: { readonly lang: Lang; readonly timeLimit?: number | undefined },
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context;
  const catalogue = messageCatalogue(options.lang, 'practice');
  const items = makeSheet(settings);
  const width = Math.min(io.columns, MAX_WIDTH);
  const timer =
    options.timeLimit === undefined ? undefined : AbortSignal.timeout(options.timeLimit * 1000);
  const signal = timer === undefined ? context.signal : AbortSignal.any([context.signal, timer]);
  io.stdout.write(
    wrapLines(catalogue.format('drill.start', { seed: settings.seed, count: items.length }), width),
  );
  const { tally } = await runDrill(items, {
    out: io.stdout,
    input: new TerminalInput(io.stdin, io.interrupt),
    catalogue,
    lang: options.lang,
    width,
    signal,
    echo: !io.stdinIsTTY,
  });
  if (timer?.aborted === true) io.stdout.write(`\n${catalogue.format('drill.time-up')}\n`);
  io.stdout.write(renderSummary(tally, catalogue));
  return 0;
}

async function readAnswerFile(file: string, cwd: string): Promise<string> {
  const path = resolve(cwd, file);
  try {
    const size = (await stat(path)).size;
    if (size > MAX_ANSWER_BYTES) {
      throw new InputError('answers-too-large', { file, size, max: MAX_ANSWER_BYTES });
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // Without an errno this is no file-system refusal but a bug, reported as one.
    if (code === undefined) throw error;
    throw code === 'ENOENT'
      ? new InputError('answers-missing', { file }, { cause: error })
      : new InputError('answers-unreadable', { file, errno: code }, { cause: error });
  }
}

/** `netlab practice grade FILE`: a verdict per question, then the total. */
export async function gradeAnswers(
  file: string,
  settings: SheetSettings,
  lang: Lang,
  context: CommandContext,
): Promise<ExitCode> {
  const text = await readAnswerFile(file, context.io.cwd);
  const graded = gradeSheet(makeSheet(settings), readAnswers(text));
  const score = graded.filter((row) => row.verdict === 'right').length;
  if (context.json) {
    const english = messageCatalogue('en', 'practice');
    writeRows(context, [
      ...graded.map((row) => gradedJson(row, say(english, row.item.because))),
      { score, total: graded.length },
    ]);
    return 0;
  }
  const catalogue = messageCatalogue(lang, 'practice');
  const lines = graded.map((row) => {
    const given = row.given ?? '';
    const answer = answerText(row.item, lang);
    const head = catalogue.format(`grade.${row.verdict}`, { n: row.item.n, given, answer });
    return row.verdict === 'right'
      ? `${head}\n`
      : `${head}\n${wrapLines(say(catalogue, row.item.because), MAX_WIDTH, '   ')}`;
  });
  context.io.stdout.write(
    `${lines.join('')}${catalogue.format('grade.total', { score, total: graded.length })}\n`,
  );
  return 0;
}

/** `netlab practice sheet --format md|gift`: a printable worksheet with its key, or a Moodle quiz. */
export function printSheet(
  settings: SheetSettings,
  format: 'md' | 'gift',
  lang: Lang,
  context: CommandContext,
): ExitCode {
  const catalogue = messageCatalogue(lang, 'practice');
  const items = makeSheet(settings);
  context.io.stdout.write(
    format === 'md'
      ? renderSheetMd(items, { seed: settings.seed, level: settings.level }, catalogue, lang)
      : renderSheetGift(items, settings.seed, catalogue, lang),
  );
  return 0;
}
