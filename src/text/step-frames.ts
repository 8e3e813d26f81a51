import type { Writable } from 'node:stream';
import stringWidth from 'string-width';
import type { TerminalInput } from '../core/terminal-input.js';
import { messageCatalogue } from './message-catalogue.js';

/** Where and how big the screen is that frames are stepped on. */
export interface StepFramesOptions {
  readonly out: Writable;
  readonly input: TerminalInput;
  readonly signal: AbortSignal;
  /** The terminal's height; each page leaves its last row to the prompt. */
  readonly rows: number;
  /** The terminal's width, to count the rows a long line wraps onto. */
  readonly columns: number;
  readonly lang: string;
  /** Paints the prompt (dim on a colour terminal); plain when absent. */
  readonly dim?: (text: string) => string;
}

/** How stepping ended: the last frame was shown, or the viewer quit (q, Esc, Ctrl-C). */
export type StepEnd = 'end' | 'quit';

function rowsOf(line: string, columns: number): number {
  return Math.max(1, Math.ceil(stringWidth(line) / Math.max(1, columns)));
}

/**
 * Splits `text` into pages of at most `height` rows. A page that must be cut ends after its last
 * blank line when one falls in its second half, so a table or a drawing is not split in two.
 */
export function splitPages(text: string, height: number, columns: number): string[] {
  const lines = text.split('\n');
  const endsWithNewline = lines.at(-1) === '';
  if (endsWithNewline) lines.pop();
  const pages: string[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = start;
    let used = 0;
    while (end < lines.length && used + rowsOf(lines[end] ?? '', columns) <= height) {
      used += rowsOf(lines[end] ?? '', columns);
      end += 1;
    }
    if (end === start) end = start + 1;
    if (end < lines.length) {
      for (let cut = end - 1; cut > start + (end - start) / 2; cut -= 1) {
        if ((lines[cut] ?? '').trim() === '') {
          end = cut + 1;
          break;
        }
      }
    }
    const last = end === lines.length && !endsWithNewline;
    pages.push(`${lines.slice(start, end).join('\n')}${last ? '' : '\n'}`);
    start = end;
  }
  return pages;
}

/**
 * Shows `frames` one at a time on a terminal, each cut into screenfuls, with a prompt after each
 * screenful: space or Enter for the next, b for the previous frame, q or Esc to stop. A screen
 * never holds more than `rows - 1` lines between two prompts, so the explanation stays in view.
 * The prompt is erased once a key is read; nothing follows the last frame. The terminal stays in
 * raw mode meanwhile, so keys pressed ahead are not echoed into the frames.
 */
export function stepFrames(
  frames: readonly string[],
  options: StepFramesOptions,
): Promise<StepEnd> {
  return options.input.whileRaw(() => showFrames(frames, options));
}

async function showFrames(frames: readonly string[], options: StepFramesOptions): Promise<StepEnd> {
  const { out, input, signal } = options;
  const words = messageCatalogue(options.lang, 'lessons');
  const dim = options.dim ?? ((text: string) => text);
  const height = Math.max(1, options.rows - 1);
  let index = 0;
  while (index < frames.length) {
    const pages = splitPages(frames[index] ?? '', height, options.columns);
    let next = index + 1;
    for (const [page, text] of pages.entries()) {
      out.write(text);
      const lastPage = page === pages.length - 1;
      if (lastPage && index === frames.length - 1) return 'end';
      const prompt = lastPage
        ? words.format('pagerFrame', { position: index + 1, total: frames.length })
        : words.format('pagerMore');
      out.write(`${text.endsWith('\n') ? '' : '\n'}${dim(prompt)}`);
      const key = await input.key(signal);
      out.write('\r\x1b[2K');
      if (key === 'quit' || signal.aborted) return 'quit';
      if (key === 'back') {
        next = Math.max(0, index - 1);
        break;
      }
    }
    index = next;
  }
  return 'end';
}
