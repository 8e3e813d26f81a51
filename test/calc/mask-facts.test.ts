import { describe, expect, test } from 'vitest';
import { maskFacts } from '../../src/calc/mask-facts.js';
import { parseMask } from '../../src/calc/parse-mask.js';

describe('maskFacts() tells a mask in every form and the size of its subnets', () => {
  test('maskFacts() of /20 gives the wildcard 0.0.15.255 and 4094 usable hosts', () => {
    expect(maskFacts(parseMask('/20'))).toEqual({
      version: 4,
      prefix: 20,
      mask: 0xfffff000n,
      wildcard: 0x00000fffn,
      hostBits: 12,
      addresses: 4096n,
      usableHosts: 4094n,
    });
  });

  const hosts: [string, 4 | 6, bigint][] = [
    ['/0', 4, 4294967294n],
    ['/24', 4, 254n],
    ['/30', 4, 2n],
    ['/31', 4, 2n],
    ['/32', 4, 1n],
    ['/64', 6, 18446744073709551615n],
    ['/126', 6, 3n],
    ['/127', 6, 2n],
    ['/128', 6, 1n],
    ['/0', 6, (1n << 128n) - 1n],
  ];
  test.for(hosts)('maskFacts() of %s (IPv%i) counts %s usable hosts', ([text, version, count]) => {
    expect(maskFacts(parseMask(text, { version })).usableHosts).toBe(count);
  });

  test('maskFacts() of IPv6 /64 gives a wildcard of the low 64 bits', () => {
    expect(maskFacts(parseMask('/64', { version: 6 })).wildcard).toBe((1n << 64n) - 1n);
  });
});
