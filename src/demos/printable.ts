import stringWidth from 'string-width';

const ESCAPES: Readonly<Record<number, string>> = {
  9: '\\t',
  10: '\\n',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
};

/**
 * Characters that show nothing or reorder what follows, so a peer could make a line read as
 * another: line and paragraph separators, zero-width characters, the BOM and bidi controls.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/;

/** How to show bytes. */
export interface PrintableOptions {
  /** The size of the whole data when `bytes` is only its start (default: `bytes.length`). */
  readonly total?: number;
  /** Escape `"` too, for text shown between quotes (default true). */
  readonly quoted?: boolean;
  /** The marker for the bytes left out (default English, as `--json` has it: `…(+N bytes)`). */
  readonly more?: (bytes: number) => string;
}

const englishMore = (bytes: number): string => `…(+${bytes} bytes)`;

/** One shown piece of the input: its printable form, its width and the input bytes it stands for. */
interface Piece {
  readonly shown: string;
  readonly columns: number;
  readonly bytes: number;
}

/** Escapes one character: control characters become \n, \xNN or \u{...}; others stay. */
function escapeChar(char: string, quoted: boolean): string {
  const code = char.codePointAt(0) ?? 0;
  const named = ESCAPES[code];
  if (named !== undefined && (quoted || code !== 34)) return named;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  if ((code >= 0x80 && code < 0xa0) || INVISIBLE.test(char)) return `\\u{${code.toString(16)}}`;
  return char;
}

/** A shown piece: escapes and ASCII take a column a character, other text its display width. */
function piece(shown: string, bytes: number): Piece {
  const narrow = shown.length > 1 || shown.charCodeAt(0) < 0x1100;
  return { shown, columns: narrow ? shown.length : stringWidth(shown), bytes };
}

/** Pieces of valid UTF-8 text, or undefined when the bytes are not UTF-8. */
function utf8Pieces(bytes: Uint8Array, whole: boolean, quoted: boolean): Piece[] | undefined {
  try {
    // `stream` tolerates a character cut in two at the end of the window we looked at.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
    return Array.from(text, (char) => piece(escapeChar(char, quoted), Buffer.byteLength(char)));
  } catch {
    return undefined;
  }
}

/** Pieces of arbitrary bytes: printable ASCII as is, everything else as \xNN. */
function bytePieces(bytes: Uint8Array, quoted: boolean): Piece[] {
  return Array.from(bytes, (byte) =>
    piece(
      byte >= 0x80
        ? `\\x${byte.toString(16).padStart(2, '0')}`
        : escapeChar(String.fromCharCode(byte), quoted),
      1,
    ),
  );
}

/** Takes pieces while they fit in `limit` columns; returns the text and the bytes it covers. */
function fill(pieces: readonly Piece[], limit: number): { text: string; used: number } {
  let text = '';
  let columns = 0;
  let used = 0;
  for (const next of pieces) {
    if (columns + next.columns > limit) break;
    text += next.shown;
    columns += next.columns;
    used += next.bytes;
  }
  return { text, used };
}

/**
 * Shows bytes as one printable line at most `maxColumns` wide on a terminal: UTF-8 text when they
 * are UTF-8, control bytes escaped, and when they do not all fit, a marker saying how many bytes
 * were left out. Only the first few bytes are looked at, so a 4 MiB payload costs no more than a
 * short one.
 *
 * @example
 * printable(Buffer.from('hi\n'), 20); // 'hi\\n'
 */
export function printable(
  bytes: Uint8Array,
  maxColumns: number,
  options: PrintableOptions = {},
): string {
  const limit = Math.max(maxColumns, 0);
  const total = Math.max(options.total ?? bytes.length, bytes.length);
  const quoted = options.quoted ?? true;
  const more = options.more ?? englishMore;
  const window = bytes.subarray(0, limit * 4 + 4);
  const pieces = utf8Pieces(window, window.length === total, quoted) ?? bytePieces(window, quoted);
  const whole = fill(pieces, limit);
  if (whole.used >= total) return whole.text;
  const reserve = stringWidth(more(total));
  const cut = fill(pieces, limit - reserve);
  return `${cut.text}${more(total - cut.used)}`;
}
