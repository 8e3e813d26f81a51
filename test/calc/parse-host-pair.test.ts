import { describe, expect, test } from 'vitest';
import { parseHostPair } from '../../src/calc/parse-host-pair.js';
import { refusal } from './_refusal.js';

describe('parseHostPair() gives each host its mask', () => {
  const cases: [string, number, number][] = [
    ['192.168.1.5 192.168.1.77 255.255.255.0', 24, 24],
    ['192.168.1.5 192.168.1.77 /24', 24, 24],
    ['192.168.1.5 192.168.1.77 24 25', 24, 25],
    ['192.168.1.10/24 192.168.1.200/25', 24, 25],
    ['192.168.1.10/24 192.168.1.200', 24, 24],
    ['192.168.1.10 192.168.1.200/25', 25, 25],
    ['2001:db8::1 2001:db8::2 /64', 64, 64],
  ];
  test.for(cases)('parseHostPair() reads "%s" as /%i and /%i', ([line, a, b]) => {
    const pair = parseHostPair(line.split(' '));
    expect([pair.a.mask.prefix, pair.b.mask.prefix]).toEqual([a, b]);
  });
});

describe('parseHostPair() refuses pairs that cannot be compared', () => {
  const cases: [string, string][] = [
    [
      '192.168.1.5 192.168.1.77',
      'cannot compare "192.168.1.5" and "192.168.1.77": no mask given; add one for both (192.168.1.5 192.168.1.77 /24), one each, or write the prefix on an address (192.168.1.5/24)',
    ],
    [
      '192.168.1.5 2001:db8::1 /24',
      'cannot compare "192.168.1.5" and "2001:db8::1": one is IPv4 and the other IPv6, and a subnet holds addresses of one version only',
    ],
    [
      '192.168.1.5/24 192.168.1.77 /25',
      'cannot compare "192.168.1.5/24" and "192.168.1.77" with mask "/25": a prefix written on an address already gives a mask; give masks one way only',
    ],
    [
      '192.168.1.5',
      'cannot read "192.168.1.5" as a host pair: it has 1 field, and a pair is two addresses and one or two masks (A B MASK, A B MASK_A MASK_B, or A/24 B)',
    ],
    [
      '1.1.1.1 1.1.1.2 /24 /24 /24',
      'cannot read "1.1.1.1 1.1.1.2 /24 /24 /24" as a host pair: it has 5 fields, and a pair is two addresses and one or two masks (A B MASK, A B MASK_A MASK_B, or A/24 B)',
    ],
    [
      '1.1.1.1 1.1.1.2 255.0.255.0',
      'cannot parse mask "255.0.255.0": ones must be contiguous, but they stop after bit 8 and a one comes back at bit 17 (11111111.00000000.11111111.00000000); the nearest mask is 255.0.0.0 (/8)',
    ],
  ];
  test.for(cases)('parseHostPair() refuses "%s"', ([line, message]) => {
    expect(refusal(() => parseHostPair(line.split(' ')))).toBe(message);
  });
});
