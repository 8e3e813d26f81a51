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

/** An unbreakable piece of a paragraph and whether a space separated it from the previous one. */
interface Atom {
  text: string;
  readonly spaced: boolean;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

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
 * character stands alone, and punctuation sticks to the side it belongs to.
 */
function atomsOf(paragraph: string): Atom[] {
  const atoms: Atom[] = [];
  let spaced = false;
  for (const { segment } of graphemes.segment(paragraph)) {
    if (/^\s+$/u.test(segment)) {
      spaced = atoms.length > 0;
      continue;
    }
    const last = atoms.at(-1);
    const joins =
      last !== undefined &&
      !spaced &&
      (CLOSING.has(segment) ||
        OPENING.has(last.text.slice(-1)) ||
        (!isWide(segment) && !isWide([...last.text].at(-1) ?? '')));
    if (last !== undefined && joins) last.text += segment;
    else atoms.push({ text: segment, spaced });
    spaced = false;
  }
  return atoms;
}

/** Splits an atom wider than the line into pieces that fit, one grapheme at a time. */
function splitAtom(text: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(text)) {
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
 * Wraps one paragraph to `width` terminal columns, measuring CJK characters as two columns wide.
 * Latin text breaks at spaces; Chinese text breaks between characters, never before a closing
 * mark such as "，" or "。". Newlines in the text are kept as line breaks.
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
    for (const atom of atomsOf(paragraph)) {
      const room = Math.max(1, width - columns(prefix));
      const joined = line === '' ? atom.text : `${line}${atom.spaced ? ' ' : ''}${atom.text}`;
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
