const ESCAPES: Readonly<Record<number, string>> = {
  9: '\\t',
  10: '\\n',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
};

/** One shown piece of the input: its printable form and how many input bytes it stands for. */
interface Piece {
  readonly shown: string;
  readonly bytes: number;
}

/** Escapes one character: control characters become \n, \xNN or \u{...}; others stay. */
function escapeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const named = ESCAPES[code];
  if (named !== undefined) return named;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  if ((code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
    return `\\u{${code.toString(16)}}`;
  }
  return char;
}

/** Pieces of valid UTF-8 text, or undefined when the bytes are not UTF-8. */
function utf8Pieces(bytes: Uint8Array, whole: boolean): Piece[] | undefined {
  try {
    // `stream` tolerates a character cut in two at the end of the window we looked at.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
    return Array.from(text, (char) => ({
      shown: escapeChar(char),
      bytes: Buffer.byteLength(char),
    }));
  } catch {
    return undefined;
  }
}

/** Pieces of arbitrary bytes: printable ASCII as is, everything else as \xNN. */
function bytePieces(bytes: Uint8Array): Piece[] {
  return Array.from(bytes, (byte) => ({
    shown:
      byte >= 0x80
        ? `\\x${byte.toString(16).padStart(2, '0')}`
        : escapeChar(String.fromCharCode(byte)),
    bytes: 1,
  }));
}

/** Takes pieces while they fit in `limit` characters; returns the text and the bytes it covers. */
function fill(pieces: readonly Piece[], limit: number): { text: string; used: number } {
  let text = '';
  let used = 0;
  for (const piece of pieces) {
    if (text.length + piece.shown.length > limit) break;
    text += piece.shown;
    used += piece.bytes;
  }
  return { text, used };
}

/**
 * Shows bytes as one printable line of at most `maxChars` characters: UTF-8 text when they are
 * UTF-8, control bytes escaped, and when they do not all fit, a marker saying how many bytes were
 * left out. Only the first few bytes are looked at, so a 4 MiB payload costs no more than a short
 * one.
 *
 * @example
 * printable(Buffer.from('hi\n'), 20); // 'hi\\n'
 */
export function printable(bytes: Uint8Array, maxChars: number): string {
  const limit = Math.max(maxChars, 0);
  const window = bytes.subarray(0, limit * 4 + 4);
  const pieces = utf8Pieces(window, window.length === bytes.length) ?? bytePieces(window);
  const whole = fill(pieces, limit);
  if (whole.used >= bytes.length) return whole.text;
  const reserve = `…(+${bytes.length} bytes)`.length;
  const cut = fill(pieces, limit - reserve);
  return `${cut.text}…(+${bytes.length - cut.used} bytes)`;
}
