import { InputError } from '../core/errors.js';

/**
 * Splits a typed argument line into words the way a POSIX shell would for plain text: spaces
 * separate words, '…' keeps everything literally, "…" keeps spaces and honours \" and \\, and a
 * backslash outside quotes escapes the next character. No variables, globs or other expansion.
 * @example splitArguments('--payload "GET / HTTP/1.1"') // ['--payload', 'GET / HTTP/1.1']
 */
export function splitArguments(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && (line[index + 1] === '"' || line[index + 1] === '\\')) {
        index += 1;
        word += line[index];
      } else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === '\\' && index + 1 < line.length) {
      index += 1;
      word += line[index];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote !== undefined) {
    throw new InputError('unclosed-quote', { value: JSON.stringify(line), quote });
  }
  if (inWord) words.push(word);
  return words;
}
