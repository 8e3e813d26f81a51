import stringWidth from 'string-width';

/** Words, runs of spaces, and single wide (CJK) characters, which may break anywhere. */
const TOKEN =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/gu;

/**
 * Breaks `text` into lines of at most `width` terminal columns, measured with string-width (CJK
 * counts two): at spaces, or between two CJK characters. A single word wider than a line stays
 * whole. Continuation lines start with `indent`, which counts toward the width.
 */
export function fitWidth(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    const blank = token.trim() === '';
    if (stringWidth(line + token) <= width || line.trim() === '') {
      line += token;
    } else if (!blank) {
      lines.push(line.trimEnd());
      line = indent + token;
    }
  }
  lines.push(line.trimEnd());
  return lines;
}
