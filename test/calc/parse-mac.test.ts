import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { formatMac } from '../../src/calc/mac-address.js';
import { parseMac } from '../../src/calc/parse-mac.js';

const accepted: [string, bigint][] = [
  ['00:1A:2B:3C:4D:5E', 0x001a2b3c4d5en],
  ['00:1a:2b:3c:4d:5e', 0x001a2b3c4d5en],
  ['00-1A-2B-3C-4D-5E', 0x001a2b3c4d5en],
  ['001a.2b3c.4d5e', 0x001a2b3c4d5en],
  ['001A.2B3C.4D5E', 0x001a2b3c4d5en],
  ['ff:ff:ff:ff:ff:ff', 0xffffffffffffn],
  ['00:00:00:00:00:00', 0n],
];

const refused: [string, string][] = [
  ['', 'it is empty'],
  [' 00:1a:2b:3c:4d:5e', 'it has spaces around it'],
  ['00:1a:2b:3c:4d:5e\n', 'it has spaces around it'],
  ['00:1a:2b :3c:4d:5e', 'it contains whitespace'],
  ['0x001a2b3c4d5e', 'a "0x" prefix is not part of MAC notation; drop it'],
  [
    '00:1a:2b:3c:4d:5g',
    '"g" (U+0067) is not a hex digit (0-9, a-f) or a separator (":", "-", ".")',
  ],
  [
    '００:1a:2b:3c:4d:5e',
    'full-width characters ("０" is U+FF10): type them half-width, as "00:1a:2b:3c:4d:5e"',
  ],
  [
    '00/1a/2b/3c/4d/5e',
    '"/" (U+002F) is not a hex digit (0-9, a-f) or a separator (":", "-", ".")',
  ],
  [
    '001a2b3c4d5e',
    'twelve digits with no separators are easy to misread; write 00:1a:2b:3c:4d:5e or 001a.2b3c.4d5e',
  ],
  ['001a2b3c4d', 'a MAC has 12 hex digits, got 10 with no separators'],
  ['00:1a-2b:3c:4d:5e', 'it mixes the separators ":" and "-"; use one kind'],
  ['00:1a:2b:3c:4d', 'a MAC has six groups of two hex digits, got 5'],
  ['00:1a:2b:3c:4d:5e:6f', 'a MAC has six groups of two hex digits, got 7'],
  [
    '00:1a:2b:3c:4d:5e:6f:70',
    'eight groups make a 64-bit EUI-64 (as in IPv6 interface ids); a MAC has six',
  ],
  [
    '0:1a:2b:3c:4d:5e',
    'group "0" has one digit: write two per byte ("00"); some tools, such as macOS arp, drop the leading zero',
  ],
  ['00:1a:2b:3c:4d:', 'group 6 is empty'],
  ['00:1a:2b:3c:4d:5e:', 'a MAC has six groups of two hex digits, got 7'],
  ['000:1a:2b:3c:4d:5e', 'group "000" has 3 digits: each group is one byte, two hex digits'],
  ['001a.2b3c', 'the dotted (Cisco) form has three groups of four hex digits, got 2 groups'],
  ['01a.2b3c.4d5e', 'group "01a" has 3 digits: the dotted (Cisco) form writes four per group'],
  [
    '00.1a.2b.3c.4d.5e',
    'the dotted (Cisco) form has three groups of four hex digits, got 6 groups',
  ],
  ['-1', 'a MAC has six groups of two hex digits, got 2'],
];

describe('parseMac', () => {
  test.for(accepted)('parseMac() accepts %s', ([text, value]) => {
    expect(parseMac(text)).toEqual({ value });
  });

  test.for(refused)('parseMac() refuses %j', ([text, why]) => {
    expect(() => parseMac(text)).toThrowError(
      `cannot parse MAC address ${JSON.stringify(text)}: ${why}`,
    );
  });

  test('parseMac() refuses with an InputError, exit code 2', () => {
    expect(() => parseMac('nope')).toThrow(
      expect.objectContaining({ exitCode: 2, code: 'bad-mac' }),
    );
  });

  fcTest.prop([
    fc.bigInt({ min: 0n, max: 0xffffffffffffn }),
    fc.constantFrom(':', '-', '.'),
    fc.boolean(),
  ])(
    'parseMac(formatMac(mac)) gives the MAC back in every notation and case',
    (value, separator, upper) => {
      const text = formatMac({ value }, { separator, upper });
      expect(parseMac(text)).toEqual({ value });
    },
  );
});
