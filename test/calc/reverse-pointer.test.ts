import { describe, expect, test } from 'vitest';
import { parseAddress } from '../../src/calc/parse-address.js';
import { reversePointer } from '../../src/calc/reverse-pointer.js';

describe('reversePointer() names the PTR record of an address', () => {
  const cases: [string, string][] = [
    ['192.168.1.77', '77.1.168.192.in-addr.arpa'],
    ['0.0.0.0', '0.0.0.0.in-addr.arpa'],
    ['2001:db8::abcd', 'd.c.b.a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa'],
    [
      '::ffff:192.0.2.1',
      '1.0.2.0.0.0.0.c.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa',
    ],
  ];
  test.for(cases)('reversePointer() of %s is %s', ([text, name]) => {
    expect(reversePointer(parseAddress(text))).toBe(name);
  });
});
