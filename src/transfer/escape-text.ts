/** Characters kept of a name quoted in a message; longer names are cut with an ellipsis. */
const QUOTE_LIMIT = 60;

/** Control, format (e.g. bidirectional overrides), surrogate and line-separator characters. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

function escapeChar(char: string): string {
  if (char === '\n') return '\\n';
  if (char === '\t') return '\\t';
  if (char === '\r') return '\\r';
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

function cut(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length > limit ? `${chars.slice(0, limit).join('')}…` : text;
}

/**
 * Makes text from a peer safe to print: control and format characters become escapes (so it
 * cannot move the cursor, clear the screen or reverse the line) and it is cut after `limit`
 * characters.
 *
 * @example
 * escapeText('bad\x1b[2J', 80); // 'bad\\x1b[2J'
 */
export function escapeText(text: string, limit: number): string {
  return cut(text, limit).replace(UNSAFE, escapeChar);
}

/**
 * Quotes a file name for a message, escaped as escapeText does, with quotes and backslashes
 * escaped too so the quoted form is unambiguous.
 *
 * @example
 * quoteName('a\nb'); // '"a\\nb"'
 */
export function quoteName(name: string): string {
  const escaped = cut(name, QUOTE_LIMIT).replace(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029"\\]/gu, (char) =>
    char === '"' || char === '\\' ? `\\${char}` : escapeChar(char),
  );
  return `"${escaped}"`;
}
