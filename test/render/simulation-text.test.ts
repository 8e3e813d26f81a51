import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/core/lang.js';
import { ARP_TEXT } from '../../src/render/_arp-words.js';
import { HANDSHAKE_TEXT } from '../../src/render/_handshake-words.js';
import { LAYERS_TEXT } from '../../src/render/_layers-words.js';
import { MAC_TEXT } from '../../src/render/_mac-words.js';

/** Every piece of text in a table, by its path: strings as they are, sentences filled in with numbers. */
function pieces(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    // Numbers fill every placeholder (a handshake note reads them from one object).
    const numbers = { seq: 1, ack: 2, length: 3, next: 4, end: 5 };
    const filled = String(value(...[1, 2, 3, 4, 5].map((n) => (n === 1 ? numbers : n))));
    return [[`${path}()`, filled.replaceAll(/\[object Object\]|undefined/g, '')]];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => pieces(child, `${path}.${key}`));
  }
  return [[path, String(value)]];
}

const tables = { ARP_TEXT, HANDSHAKE_TEXT, LAYERS_TEXT, MAC_TEXT };

const cases = Object.entries(tables).flatMap(([name, table]) =>
  LANGS.map((lang) => ({ name, lang, text: table[lang] })),
);

describe('the simulations speak both languages', () => {
  test.for(cases)('$name has words in every $lang string', ({ name, lang, text }) => {
    // Every string must say something; only the "no address" dash and the list separator are
    // punctuation on purpose.
    const punctuation = /\.(none|listSeparator)$/;
    const wordless = pieces(text, `${name}.${lang}`).filter(
      ([path, words]) => !/\p{L}/u.test(words) && !punctuation.test(path),
    );
    expect(wordless).toEqual([]);
  });
});
