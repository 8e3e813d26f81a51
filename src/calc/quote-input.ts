import { longQuote } from '../core/long-quote.js';

/** Longest piece of user text a message repeats; anything longer is cut, with its length. */
const QUOTE_LIMIT = 64;

/**
 * What a terminal would not show as itself: control characters (C0, DEL, C1), format characters
 * (zero-width space, BOM, bidirectional overrides), lone surrogates, line and paragraph
 * separators, and every space but the ASCII one (a no-break space looks like a space and is not).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]|(?! )\p{Zs}/gu;

function escapeChar(char: string): string {
  if (char === '\n') return '\\n';
  if (char === '\t') return '\\t';
  if (char === '\r') return '\\r';
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text made safe to print: each invisible or control character becomes an escape (`\x1b`,
 * `\u200b`), so input can neither drive the terminal nor hide in a message.
 * @example escapeInvisible('a\u200bb') // 'a\\u200bb'
 */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, escapeChar);
}

/** Escaped as `escapeInvisible` does, with quotes and backslashes escaped too, for quoting. */
function escapeInput(text: string): string {
  return escapeInvisible(text.replace(/["\\]/g, (char) => `\\${char}`));
}

/** The number of characters (code points) in `text`, with thousands separators. */
function lengthText(text: string): string {
  let count = 0;
  for (const _char of text) count += 1;
  return count.toLocaleString('en-US');
}

/**
 * Quotes user text for a one-line message: escaped as `escapeInput` does, and text longer than 64
 * characters is cut to its start and named by its length, so a pasted file cannot flood the
 * terminal.
 * @example quote('10.0.0.1\x1b[2J') // '"10.0.0.1\\x1b[2J"'
 * @example quote('1'.repeat(100_000)) // 'a 100,000-character value starting "1111…"'
 */
export function quote(text: string): string {
  const start = Array.from(text.slice(0, QUOTE_LIMIT * 2 + 2)).slice(0, QUOTE_LIMIT + 1);
  if (start.length <= QUOTE_LIMIT) return `"${escapeInput(text)}"`;
  const shown = escapeInput(start.slice(0, QUOTE_LIMIT).join(''));
  return longQuote(lengthText(text), shown);
}
