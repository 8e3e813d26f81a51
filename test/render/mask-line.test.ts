import { describe, expect, test } from 'vitest';
import { maskFacts } from '../../src/calc/mask-facts.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { maskLine } from '../../src/render/mask-line.js';

describe('maskLine() writes a mask on one line', () => {
  test('maskLine() of /20 has mask, wildcard and both sizes', () => {
    expect(maskLine(maskFacts(parseMask('/20')))).toBe(
      '/20: mask 255.255.240.0, wildcard 0.0.15.255, 4096 addresses, 4094 usable hosts',
    );
  });

  test('maskLine() of IPv6 /64 writes the mask in hex and exact counts', () => {
    expect(maskLine(maskFacts(parseMask('/64', { version: 6 })))).toBe(
      '/64: mask ffff:ffff:ffff:ffff::, wildcard ::ffff:ffff:ffff:ffff, 18446744073709551616 addresses, 18446744073709551615 usable hosts',
    );
  });
});
