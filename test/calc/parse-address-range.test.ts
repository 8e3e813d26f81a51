import { describe, expect, test } from 'vitest';
import { formatAddress } from '../../src/calc/format-address.js';
import { parseAddressRange } from '../../src/calc/parse-address-range.js';
import { refusal } from './_refusal.js';

describe('parseAddressRange() reads FIRST-LAST strictly', () => {
  test('parseAddressRange() reads 10.0.0.5-10.0.0.20 and 2001:db8::-2001:db8::ff', () => {
    const v4 = parseAddressRange('10.0.0.5-10.0.0.20');
    expect([formatAddress(v4.first), formatAddress(v4.last)]).toEqual(['10.0.0.5', '10.0.0.20']);
    const v6 = parseAddressRange('2001:db8::-2001:db8::ff');
    expect([formatAddress(v6.first), formatAddress(v6.last)]).toEqual([
      '2001:db8::',
      '2001:db8::ff',
    ]);
  });

  const refused: [string, string][] = [
    [
      '10.0.0.9-10.0.0.1',
      'cannot read range "10.0.0.9-10.0.0.1": it runs backwards (10.0.0.9 comes after 10.0.0.1); write the lower address first',
    ],
    [
      '10.0.0.1-::1',
      'cannot read range "10.0.0.1-::1": it starts with an IPv4 address and ends with an IPv6 one, or the reverse; give two of one version',
    ],
    [
      '10.0.0.1-10.0.0.2-10.0.0.3',
      'cannot read range "10.0.0.1-10.0.0.2-10.0.0.3": a range is two addresses joined by one "-", such as 10.0.0.5-10.0.0.20',
    ],
    [
      '10.0.0.1-',
      'cannot parse address "": it is empty; give an address such as 192.168.1.5 or 2001:db8::1',
    ],
    [
      '10.0.0.1-10.0.0.256',
      'cannot parse address "10.0.0.256": octet "256" is over 255: an octet is 8 bits, so 0 to 255',
    ],
  ];
  test.for(refused)('parseAddressRange() refuses %s', ([text, message]) => {
    expect(refusal(() => parseAddressRange(text))).toBe(message);
  });
});
