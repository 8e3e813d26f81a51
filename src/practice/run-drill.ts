import type { Writable } from 'node:stream';
import { findFullWidth } from '../calc/full-width.js';
import type { Lang } from '../core/lang.js';
import type { TerminalInput } from '../core/terminal-input.js';
import type { MessageCatalogue } from '../text/message-catalogue.js';
import { wrapText } from '../text/wrap-text.js';
import { answerText, levelName, promptText, say, topicName } from './drill-text.js';
import type { SheetItem } from './make-sheet.js';
import { checkPracticeReply } from './practice-answer.js';
import { addVerdict, EMPTY_TALLY, type Tally } from './tally.js';

/** Where a drill is asked and answered. */
export interface DrillOptions {
  readonly out: Writable;
  readonly input: TerminalInput;
  readonly catalogue: MessageCatalogue;
  readonly lang: Lang;
  readonly width: number;
  /** Aborted by Ctrl-C or when the time limit is up: the drill stops with the summary so far. */
  readonly signal: AbortSignal;
  /** Write each reply after its prompt: input does not come from a terminal, which would echo it. */
  readonly echo: boolean;
}

/** How a drill ended. */
export type DrillEnd = 'done' | 'input-ended' | 'stopped';

/** Wraps every line of a possibly multi-line text to the width. */
export function wrapLines(text: string, width: number, indent = ''): string {
  const lines = text
    .split('\n')
    .flatMap((line) => wrapText(line, width - indent.length, { first: indent, rest: indent }));
  return `${lines.join('\n')}\n`;
}

/** Asks until a reply can be read as this kind of answer; null when input ends or the drill stops. */
async function readAnswer(item: SheetItem, options: DrillOptions): Promise<string | null> {
  const { out, catalogue } = options;
  for (;;) {
    out.write('> ');
    const reply = await options.input.line(options.signal);
    if (reply === null || options.signal.aborted) return null;
    if (options.echo) out.write(`${reply}\n`);
    if (checkPracticeReply(item.answer, reply) !== 'unreadable') return reply;
    const text = reply.trim();
    const fullWidth = findFullWidth(text);
    const why =
      text === ''
        ? 'unparsed.empty'
        : fullWidth === undefined
          ? `unparsed.${item.answer.kind}`
          : 'unparsed.fullWidth';
    const params = { reply: text, char: fullWidth?.char ?? '', text: fullWidth?.halfWidth ?? '' };
    out.write(wrapLines(catalogue.format(why, params), options.width));
  }
}

/**
 * Asks each question, checks the reply with the calculator's answer, and explains a wrong one.
 * A reply that cannot be read is asked again, not counted wrong.
 */
export async function runDrill(
  items: readonly SheetItem[],
  options: DrillOptions,
): Promise<{ readonly tally: Tally; readonly end: DrillEnd }> {
  const { out, catalogue, lang, width } = options;
  let tally = EMPTY_TALLY;
  for (const item of items) {
    const heading = catalogue.format('drill.heading', {
      n: item.n,
      total: items.length,
      topic: topicName(catalogue, item.topic),
      level: levelName(catalogue, item.level),
    });
    out.write(`\n${heading}\n${wrapLines(promptText(item, catalogue, lang), width)}`);
    const reply = await readAnswer(item, options);
    if (reply === null) return { tally, end: options.signal.aborted ? 'stopped' : 'input-ended' };
    const verdict = checkPracticeReply(item.answer, reply) === 'right' ? 'right' : 'wrong';
    tally = addVerdict(tally, item.topic, verdict);
    if (verdict === 'right') {
      out.write(wrapLines(catalogue.format('drill.right', { streak: tally.streak }), width));
    } else {
      out.write(
        wrapLines(catalogue.format('drill.wrong', { answer: answerText(item, lang) }), width),
      );
      out.write(wrapLines(say(catalogue, item.because), width, '  '));
    }
  }
  return { tally, end: 'done' };
}

/** The summary: score, best streak, and one line per topic. */
export function renderSummary(tally: Tally, catalogue: MessageCatalogue): string {
  const lines = [
    catalogue.format('summary.score', { count: tally.asked, ...{ right: tally.right } }),
    catalogue.format('summary.streak', { best: tally.bestStreak }),
    ...[...tally.byTopic].map(([topic, score]) =>
      catalogue.format('summary.topic', {
        topic: topicName(catalogue, topic),
        right: score.right,
        asked: score.asked,
      }),
    ),
  ];
  return `\n${lines.join('\n')}\n`;
}
