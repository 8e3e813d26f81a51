import stringWidth from 'string-width';

/** How a wrapped paragraph starts and continues. */
export interface WrapOptions {
  /** Put before the first line, e.g. "- " for a bullet. Default none. */
  readonly first?: string;
  /** Put before every following line, e.g. "  " to hang under the bullet's text. Default none. */
  readonly rest?: string;
}

/** Punctuation that must not start a line (it closes what came before). */
const CLOSING = new Set([...'，。、；：！？）」』》〉】”’,.;:!?)]}%']);

/** Punctuation that must not end a line (it opens what comes after). */
const OPENING = new Set([...'（「『《〈【“‘([{']);

/** An unbreakable piece of a paragraph and the white space written before it. */
interface Atom {
  text: string;
  readonly gap: string;
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** The grapheme segmenter, made on first use: building one costs milliseconds at start-up. */
function graphemes(): Intl.Segmenter {
  graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return graphemeSegmenter;
}

/** The graphemes of a text; printable ASCII is one per character, with no segmenter to build. */
function segments(text: string): Iterable<{ readonly segment: string }> {
  if (/^[\x20-\x7e]*$/.test(text)) return [...text].map((segment) => ({ segment }));
  return graphemes().segment(text);
}

/**
 * Columns a text takes in the budget. Characters of ambiguous width (“ ” — ·) count as wide, as
 * many CJK terminals draw them, so a wrapped line fits whichever way the terminal decides.
 */
function columns(text: string): number {
  return stringWidth(text, { ambiguousIsNarrow: false });
}

function isWide(grapheme: string): boolean {
  return stringWidth(grapheme) === 2;
}

/**
 * Cuts a paragraph into atoms: a run of Latin letters or digits stays whole, every wide (CJK)
 * character stands alone, and punctuation sticks to the side it belongs to. White space is kept
 * as written (indents and aligned columns survive) in each atom's `gap`; trailing space is dropped.
 */
function atomsOf(paragraph: string): Atom[] {
  const atoms: Atom[] = [];
  let gap = '';
  for (const { segment } of segments(paragraph)) {
    if (/^\s+$/u.test(segment)) {
      gap += segment;
      continue;
    }
    const last = atoms.at(-1);
    const joins =
      last !== undefined &&
      gap === '' &&
      (CLOSING.has(segment) ||
        OPENING.has(last.text.slice(-1)) ||
        (!isWide(segment) && !isWide([...last.text].at(-1) ?? '')));
    if (last !== undefined && joins) last.text += segment;
    else atoms.push({ text: segment, gap });
    gap = '';
  }
  return atoms;
}

/** Splits an atom wider than the line into pieces that fit, one grapheme at a time. */
function splitAtom(text: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of segments(text)) {
    if (piece !== '' && columns(piece + segment) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Wraps text to `width` terminal columns, measuring CJK characters as two columns wide. Latin
 * text breaks at spaces; Chinese text breaks between characters, never before a closing mark such
 * as "，" or "。"; a word longer than the line is cut. White space inside a line is kept as
 * written, and newlines in the text are kept as line breaks.
 * @example wrapText('one two three', 8) // ['one two', 'three']
 */
export function wrapText(text: string, width: number, options: WrapOptions = {}): string[] {
  const first = options.first ?? '';
  const rest = options.rest ?? '';
  const lines: string[] = [];
  let prefix = first;
  let line = '';
  const flush = (): void => {
    lines.push(prefix + line);
    prefix = rest;
    line = '';
  };
  for (const paragraph of text.split('\n')) {
    for (const [index, atom] of atomsOf(paragraph).entries()) {
      // A paragraph's leading white space is an indent and stays; at a break it is dropped.
      const room = Math.max(1, width - columns(prefix));
      const joined = line === '' && index > 0 ? atom.text : `${line}${atom.gap}${atom.text}`;
      if (columns(joined) <= room) {
        line = joined;
        continue;
      }
      if (line !== '') flush();
      const pieces = splitAtom(atom.text, Math.max(1, width - columns(prefix)));
      for (const piece of pieces.slice(0, -1)) {
        line = piece;
        flush();
      }
      line = pieces.at(-1) ?? '';
    }
    flush();
  }
  return lines;
}
