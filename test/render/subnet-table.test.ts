import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { IpVersion } from '../../src/calc/address.js';
import { parseHostSpec } from '../../src/calc/parse-host-spec.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { subnetFacts } from '../../src/calc/subnet-facts.js';
import { palette } from '../../src/render/palette.js';
import { renderSubnet } from '../../src/render/subnet-table.js';
import { expectFits80 } from './_fits.js';

function render(text: string): string {
  return renderSubnet(subnetFacts(parseHostSpec(text)), palette(false));
}

describe('renderSubnet() draws subnet facts as ipcalc does', () => {
  test('renderSubnet() of 192.168.1.77/26 shows every row in dotted and binary', () => {
    expect(render('192.168.1.77/26')).toBe(
      [
        '┌────────────────┬─────────────────┬──────────────────────────────────────┐',
        '│                │ dotted          │ binary (network | host)              │',
        '├────────────────┼─────────────────┼──────────────────────────────────────┤',
        '│ address        │ 192.168.1.77    │ 11000000.10101000.00000001.01|001101 │',
        '│ mask /26       │ 255.255.255.192 │ 11111111.11111111.11111111.11|000000 │',
        '│ wildcard       │ 0.0.0.63        │ 00000000.00000000.00000000.00|111111 │',
        '├────────────────┼─────────────────┼──────────────────────────────────────┤',
        '│ network        │ 192.168.1.64    │ 11000000.10101000.00000001.01|000000 │',
        '│ broadcast      │ 192.168.1.127   │ 11000000.10101000.00000001.01|111111 │',
        '│ first host     │ 192.168.1.65    │ 11000000.10101000.00000001.01|000001 │',
        '│ last host      │ 192.168.1.126   │ 11000000.10101000.00000001.01|111110 │',
        '├────────────────┼─────────────────┼──────────────────────────────────────┤',
        '│ usable hosts   │ 62              │ 2^6 minus network and broadcast      │',
        '│ historic class │ C               │ starts 110: 192-223, default /24     │',
        '├────────────────┼─────────────────┼──────────────────────────────────────┤',
        '│ reverse DNS    │ PTR             │ 77.1.168.192.in-addr.arpa            │',
        '└────────────────┴─────────────────┴──────────────────────────────────────┘',
        '',
      ].join('\n'),
    );
  });

  const broadcasts: [string, string][] = [
    ['10.0.0.0/31', '│ broadcast      │ none            │ a /31 link has none (RFC 3021)'],
    ['10.0.0.7/32', '│ broadcast      │ none            │ a /32 is a single host'],
  ];
  test.for(broadcasts)('renderSubnet() of %s says why there is no broadcast', ([text, row]) => {
    expect(render(text)).toContain(row);
  });

  test('renderSubnet() of an IPv6 /64 says IPv6 has no broadcast and counts hosts exactly', () => {
    const text = render('2001:db8::abcd/64');
    expect(text).toContain('│ broadcast    │ none');
    expect(text).toContain('│              │ IPv6 has no broadcast (it uses multicast)');
    expect(text).toContain('│ usable hosts │ 18446744073709551615');
    expect(text).toContain('│              │ 2^64 minus the subnet-router anycast');
  });
});

const cases = fc.constantFrom<IpVersion>(4, 6).chain((version) => {
  const bits = version === 4 ? 32 : 128;
  return fc.tuple(
    fc.constant(version),
    fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }),
    fc.integer({ min: 0, max: bits }),
  );
});

fcTest.prop([cases], { numRuns: 40 })(
  'renderSubnet() fits 80 columns for any subnet',
  ([version, value, prefix]) => {
    const facts = subnetFacts({
      address: { version, value },
      mask: parseMask(String(prefix), { version }),
    });
    expectFits80(renderSubnet(facts, palette(false)));
  },
);

describe('renderSubnet() shows the other spellings of an IPv6 address', () => {
  test('renderSubnet() of 2001:db8::abcd/64 has the expanded form and the ip6.arpa name on two lines', () => {
    const lines = render('2001:db8::abcd/64').split('\n');
    expect(lines.slice(-6)).toEqual([
      '│ expanded     │ 2001:0db8:0000:0000:0000:0000:0000:abcd     │',
      '├──────────────┼─────────────────────────────────────────────┤',
      '│ reverse DNS  │ d.c.b.a.0.0.0.0.0.0.0.0.0.0.0.0.            │',
      '│              │ 0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa    │',
      '└──────────────┴─────────────────────────────────────────────┘',
      '',
    ]);
  });
});
