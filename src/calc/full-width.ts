import { type Reason, reason } from '../core/reason.js';
import { quote } from './quote-input.js';

/**
 * Characters a Chinese or Japanese input method types in place of ASCII: the full-width forms
 * U+FF01-U+FF5E (each 0xFEE0 above its ASCII twin), the ideographic space and full stop, and the
 * half-width ideographic full stop. Mapped to the ASCII character they stand for.
 */
const ODD_FORMS: ReadonlyMap<number, string> = new Map([
  [0x3000, ' '],
  [0x3001, ','],
  [0x3002, '.'],
  [0xff61, '.'],
]);

function halfWidthOf(char: string): string | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
  return ODD_FORMS.get(code);
}

/** `text` with every full-width character replaced by its half-width (ASCII) twin. */
function toHalfWidth(text: string): string {
  return Array.from(text, (char) => halfWidthOf(char) ?? char).join('');
}

/** The first full-width character in a text, and the whole text typed half-width. */
export interface FullWidthFind {
  readonly char: string;
  /** The character's code point as Unicode writes it, e.g. "U+FF14". */
  readonly codePoint: string;
  readonly halfWidth: string;
}

/** The first full-width character in `text`, or undefined when there is none. */
export function findFullWidth(text: string): FullWidthFind | undefined {
  const char = Array.from(text).find((each) => halfWidthOf(each) !== undefined);
  if (char === undefined) return undefined;
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return { char, codePoint: `U+${hex}`, halfWidth: toHalfWidth(text) };
}

/**
 * Why `text` is refused when it holds full-width characters, naming the first one and the
 * half-width text meant; undefined when it holds none. Readers check this before any other
 * reason, so "４４３" is not explained as "not a digit" or "a host name".
 * @example explainFullWidth('４４３') // reason('full-width', { char: '"４"', codePoint: 'U+FF14', text: '"443"' })
 */
export function explainFullWidth(text: string): Reason | undefined {
  const found = findFullWidth(text);
  if (found === undefined) return undefined;
  return reason('full-width', {
    char: quote(found.char),
    codePoint: found.codePoint,
    text: quote(found.halfWidth),
  });
}
