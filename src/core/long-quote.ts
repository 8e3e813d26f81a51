/**
 * The English form in which `quote` names a value too long to repeat, and its inverse, so a
 * message in another language can say the same in its own words.
 */
const LONG_QUOTE = /^a ([\d,]+)-character value starting "(.*)…"$/s;

/**
 * A long value named by its length (as written, e.g. "100,000") and its escaped start.
 * @example longQuote('100', '11') // 'a 100-character value starting "11…"'
 */
export function longQuote(length: string, start: string): string {
  return `a ${length}-character value starting "${start}…"`;
}

/**
 * The parts of `longQuote`'s form; null for anything else.
 * @example longQuoteParts('a 100-character value starting "11…"') // { length: '100', start: '11' }
 */
export function longQuoteParts(quoted: string): { length: string; start: string } | null {
  const match = LONG_QUOTE.exec(quoted);
  return match ? { length: match[1] ?? '', start: match[2] ?? '' } : null;
}
