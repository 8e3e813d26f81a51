import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { IpVersion } from '../../src/calc/address.js';
import { parseHostPair } from '../../src/calc/parse-host-pair.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { sameSubnet } from '../../src/calc/same-subnet.js';
import { palette } from '../../src/render/palette.js';
import { renderSameSubnet } from '../../src/render/same-subnet-table.js';
import { expectFits80 } from './_fits.js';

function render(line: string): string {
  const pair = parseHostPair(line.split(' '));
  return renderSameSubnet(sameSubnet(pair.a, pair.b), palette(false));
}

describe('renderSameSubnet() draws the AND for each host and the verdict', () => {
  test('renderSameSubnet() shows a one-sided pair with both views', () => {
    expect(render('192.168.1.10/24 192.168.1.200/25')).toBe(
      [
        '┌──────────────┬─────────────────┬──────────────────────────────────────┐',
        '│              │ dotted          │ binary (network | host)              │',
        '├──────────────┼─────────────────┼──────────────────────────────────────┤',
        '│ A address    │ 192.168.1.10    │ 11000000.10101000.00000001|00001010  │',
        '│ A mask /24   │ 255.255.255.0   │ 11111111.11111111.11111111|00000000  │',
        '│ A AND mask   │ 192.168.1.0     │ 11000000.10101000.00000001|00000000  │',
        '│ B AND A mask │ 192.168.1.0     │ 11000000.10101000.00000001|00000000  │',
        '├──────────────┼─────────────────┼──────────────────────────────────────┤',
        '│ B address    │ 192.168.1.200   │ 11000000.10101000.00000001.1|1001000 │',
        '│ B mask /25   │ 255.255.255.128 │ 11111111.11111111.11111111.1|0000000 │',
        '│ B AND mask   │ 192.168.1.128   │ 11000000.10101000.00000001.1|0000000 │',
        '│ A AND B mask │ 192.168.1.0     │ 11000000.10101000.00000001.0|0000000 │',
        '└──────────────┴─────────────────┴──────────────────────────────────────┘',
        'Different subnets: the ANDs differ.',
        '  A: 192.168.1.0/24',
        '  B: 192.168.1.128/25',
        '  They first differ at bit 25 (octet 4): A has 0, B has 1.',
        'Each host decides with its own mask (local: direct; remote: via gateway):',
        "  A sees B as local: B AND A mask = A's network, so A reaches B directly (ARP).",
        "  B sees A as remote: A AND B mask ≠ B's network, so B sends via its gateway.",
        '',
      ].join('\n'),
    );
  });

  test('renderSameSubnet() ends a same-subnet answer with one verdict and one view line', () => {
    const lines = render('192.168.1.5 192.168.1.77 255.255.255.0').split('\n');
    expect(lines.slice(-3)).toEqual([
      'Same subnet: both ANDs give 192.168.1.0/24.',
      'Each sees the other as local: they talk directly, no gateway.',
      '',
    ]);
  });

  test('renderSameSubnet() calls equal ANDs under different masks not one subnet, and says why', () => {
    const text = render('10.0.0.5/24 10.0.1.0/23');
    expect(text).toContain('Not one subnet: the ANDs are equal, but the masks differ.');
    expect(text).toContain('  Comparing the ANDs decides only when both hosts use one mask');
    expect(text).toContain(
      "  A sees B as remote: B AND A mask ≠ A's network, so A sends via its gateway.",
    );
    expect(text).not.toContain('Same subnet');
  });

  test('renderSameSubnet() names the IPv6 group where networks part, and NDP for IPv6', () => {
    const text = render('2001:db8::1/64 2001:db8::1:0:0:1/96');
    expect(text).toContain('  They first differ at bit 80 (group 5): A has 0, B has 1.');
    expect(text).toContain(
      "  A sees B as local: B AND A mask = A's network, so A reaches B directly (NDP).",
    );
  });
});

const pairs = fc.constantFrom<IpVersion>(4, 6).chain((version) => {
  const bits = version === 4 ? 32 : 128;
  const value = fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n });
  const prefix = fc.integer({ min: 0, max: bits });
  return fc.tuple(fc.constant(version), value, prefix, value, prefix);
});

fcTest.prop([pairs], { numRuns: 40 })(
  'renderSameSubnet() fits 80 columns for any pair',
  ([version, a, pa, b, pb]) => {
    const spec = (value: bigint, prefix: number) => ({
      address: { version, value },
      mask: parseMask(String(prefix), { version }),
    });
    expectFits80(renderSameSubnet(sameSubnet(spec(a, pa), spec(b, pb)), palette(false)));
  },
);
