/** Longest piece of user text a message repeats; anything longer is cut with an ellipsis. */
const QUOTE_LIMIT = 64;

/**
 * Quotes user text for a one-line message: JSON escaping keeps tabs and newlines visible and the
 * message on one line, and long text is cut so a pasted file cannot flood the terminal.
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text);
}
