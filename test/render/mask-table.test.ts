import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { maskFacts } from '../../src/calc/mask-facts.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { renderMask } from '../../src/render/mask-table.js';
import { palette } from '../../src/render/palette.js';
import { expectFits80 } from './_fits.js';

describe('renderMask() shows a mask in every form', () => {
  test('renderMask() of 255.255.240.0 shows prefix, mask, wildcard and sizes', () => {
    expect(renderMask(maskFacts(parseMask('255.255.240.0')), palette(false))).toBe(
      [
        '┌──────────────┬───────────────┬──────────────────────────────────────┐',
        '│              │ dotted        │ binary (network | host)              │',
        '├──────────────┼───────────────┼──────────────────────────────────────┤',
        '│ prefix       │ /20           │ 20 network bits, 12 host bits        │',
        '├──────────────┼───────────────┼──────────────────────────────────────┤',
        '│ mask         │ 255.255.240.0 │ 11111111.11111111.1111|0000.00000000 │',
        '│ wildcard     │ 0.0.15.255    │ 00000000.00000000.0000|1111.11111111 │',
        '├──────────────┼───────────────┼──────────────────────────────────────┤',
        '│ addresses    │ 4096          │ 2^12 in each subnet                  │',
        '│ usable hosts │ 4094          │ 2^12 minus network and broadcast     │',
        '└──────────────┴───────────────┴──────────────────────────────────────┘',
        '',
      ].join('\n'),
    );
  });
});

fcTest.prop([fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 128 })], { numRuns: 40 })(
  'renderMask() fits 80 columns for every IPv4 and IPv6 prefix',
  (ipv4, ipv6) => {
    expectFits80(renderMask(maskFacts(parseMask(String(ipv4))), palette(false)));
    expectFits80(renderMask(maskFacts(parseMask(String(ipv6), { version: 6 })), palette(false)));
  },
);
