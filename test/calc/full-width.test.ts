import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { explainFullWidth, findFullWidth } from '../../src/calc/full-width.js';
import { parseAddress } from '../../src/calc/parse-address.js';
import { parseCount } from '../../src/calc/parse-count.js';
import { parseMac } from '../../src/calc/parse-mac.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { parsePort } from '../../src/calc/port-number.js';
import { parseTarget } from '../../src/transfer/parse-target.js';

/** The full-width twin of a printable ASCII character (U+0021-U+007E). */
function fullWidthOf(char: string): string {
  return String.fromCodePoint((char.codePointAt(0) ?? 0) + 0xfee0);
}

const printable = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCodePoint(code)),
  minLength: 1,
  maxLength: 20,
});

describe('findFullWidth()', () => {
  fcTest.prop([printable, fc.nat()])(
    'finds a full-width character anywhere and gives back the ASCII text it stands for',
    (ascii, at) => {
      const index = at % ascii.length;
      const typed =
        ascii.slice(0, index) + fullWidthOf(ascii[index] ?? '') + ascii.slice(index + 1);
      expect(findFullWidth(typed)?.halfWidth).toBe(ascii);
    },
  );

  fcTest.prop([printable])('finds nothing in half-width text', (ascii) => {
    expect(findFullWidth(ascii)).toBeUndefined();
  });

  test('maps the ideographic full stop to a dot and names its code point', () => {
    expect(findFullWidth('192。168.1.1')).toEqual({
      char: '。',
      codePoint: 'U+3002',
      halfWidth: '192.168.1.1',
    });
  });

  test('leaves Chinese text that has no ASCII twin alone', () => {
    expect(explainFullWidth('你好')).toBeUndefined();
  });
});

/** Every strict reader that takes typed text, each refusing the full-width form of a good value. */
const READERS: readonly (readonly [string, string, (text: string) => unknown])[] = [
  ['port', '４４３', parsePort],
  ['address', '192。168.1.1', parseAddress],
  ['address with prefix', '192.168.1.0／24', parseAddress],
  ['IPv6 address', '::１', parseAddress],
  ['mask', '２５５.255.255.0', (text) => parseMask(text)],
  ['prefix', '／24', (text) => parseMask(text)],
  ['prefix digits', '/２４', (text) => parseMask(text)],
  ['MAC', '００:11:22:33:44:55', parseMac],
  ['count', '４', (text) => parseCount(text, { option: '--count', max: 10n })],
  ['target', '127.0.0.1：9000', parseTarget],
];

describe('every reader', () => {
  test.for(READERS)(
    'refuses a full-width %s (%s) and says to type it half-width',
    ([, text, read]) => {
      expect(() => read(text)).toThrow(
        /full-width characters \(".+" is U\+[0-9A-F]{4}\): type them half-width, as "/,
      );
    },
  );
});
