import { describe, expect, test } from 'vitest';
import { expandAddress } from '../../src/calc/expand-address.js';
import { parseAddress } from '../../src/calc/parse-address.js';

describe('expandAddress() writes an address with nothing left out', () => {
  const cases: [string, string][] = [
    ['2001:db8::1', '2001:0db8:0000:0000:0000:0000:0000:0001'],
    ['::', '0000:0000:0000:0000:0000:0000:0000:0000'],
    ['::ffff:1.2.3.4', '0000:0000:0000:0000:0000:ffff:0102:0304'],
    ['192.168.1.5', '192.168.1.5'],
  ];
  test.for(cases)('expandAddress() of %s is %s', ([text, expanded]) => {
    expect(expandAddress(parseAddress(text))).toBe(expanded);
  });
});
