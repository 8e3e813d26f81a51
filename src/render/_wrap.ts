/**
 * Breaks text into lines of at most `width` characters at spaces (a longer word stays whole),
 * joined with newlines, so that a table cell or a sentence fits an 80-column terminal.
 * Continuation lines start with `indent`, which counts toward the width.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}
