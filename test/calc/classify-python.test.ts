import { execFileSync } from 'node:child_process';
import { fc } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { IpAddress } from '../../src/calc/address.js';
import { type Classification, classify } from '../../src/calc/classify.js';
import { formatAddress } from '../../src/calc/format-address.js';
import { parseAddress } from '../../src/calc/parse-address.js';
import { SPECIAL_BLOCKS, type SpecialBlock } from '../../src/calc/special-registry.js';
import { installed } from '../helpers/installed.js';

// Differential check against Python's ipaddress module, an independent implementation with its
// own copy of the registries. Skipped where python3 is not installed.
const hasPython = installed('python3');

const PYTHON = `
import ipaddress, json, sys
out = []
for text in json.load(sys.stdin):
    a = ipaddress.ip_address(text)
    out.append({"global": a.is_global, "private": a.is_private, "loopback": a.is_loopback,
                "linkLocal": a.is_link_local, "multicast": a.is_multicast})
json.dump(out, sys.stdout)
`;

interface PythonAnswer {
  readonly global: boolean;
  readonly private: boolean;
  readonly loopback: boolean;
  readonly linkLocal: boolean;
  readonly multicast: boolean;
}

/**
 * Where netlab's globally-reachable answer may differ from Python's, keyed by netlab's deciding
 * block (or reason), and why. Python releases before 3.11.10 / 3.12.4 / 3.13 carry older tables;
 * newer ones agree on more of these keys, never on fewer.
 */
const KNOWN_GLOBAL_DIFFERENCES: Readonly<Record<string, string>> = {
  '192.0.0.0/24': 'IETF protocol assignments: old Python tables list only its /29 and .170/31',
  '192.0.0.8/32': 'IPv4 dummy address (RFC 7600): missing from old Python tables',
  '2001:1::1/128': 'PCP anycast (RFC 7723): global in the registry, under 2001::/23 in old Python',
  '2001:1::2/128': 'TURN anycast (RFC 8155): global in the registry, under 2001::/23 in old Python',
  '2001:1::3/128': 'DNS-SD SRP anycast (RFC 9665, 2024): newer than old Python tables',
  '2001:3::/32': 'AMT (RFC 7450): global in the registry, under 2001::/23 in old Python',
  '2001:4:112::/48': 'AS112-v6 (RFC 7535): global in the registry, under 2001::/23 in old Python',
  '2001:20::/28': 'ORCHIDv2 (RFC 7343): global in the registry, under 2001::/23 in old Python',
  '2001:30::/28': 'DETs (RFC 9374, 2022): global in the registry, under 2001::/23 in old Python',
  '2001::/32':
    'Teredo: registry says N/A, netlab counts N/A as not global, old Python lists it private',
  '2002::/16': '6to4: registry says N/A, netlab counts N/A as not global; Python calls it global',
  '64:ff9b:1::/48': 'local-use NAT64 (RFC 8215, 2017): missing from old Python tables',
  '100:0:0:1::/64': 'dummy IPv6 prefix (RFC 9780, 2025): newer than Python tables',
  '3fff::/20': 'documentation (RFC 9637, 2024): newer than old Python tables',
  '5f00::/16': 'SRv6 SIDs (RFC 9602, 2024): newer than old Python tables',
  '192.88.99.2/32': '6a44 relay (RFC 6751): missing from Python tables',
  'multicast-scope':
    'multicast: not in the registries, netlab lets the scope decide, Python calls it all global',
  'embedded-not-global':
    'NAT64 64:ff9b::/96 carrying a non-global IPv4 (RFC 6052 §3.1 forbids it): Python reads the /96 row only',
  unallocated: 'IPv6 outside 2000::/3: netlab calls it unallocated, Python calls it global',
  '::ffff:0:0/96': 'IPv4-mapped: the registry row says False; Python answers for the carried IPv4',
};

function hostOf(block: SpecialBlock, host: bigint): IpAddress {
  const bits = block.version === 4 ? 32n : 128n;
  const [base = '', prefix = ''] = block.cidr.split('/');
  const mask = (1n << (bits - BigInt(prefix))) - 1n;
  return { version: block.version, value: parseAddress(base).value | (host & mask) };
}

/** Both ends of every block, random hosts inside each, and random addresses anywhere. */
function corpus(): IpAddress[] {
  const ends = SPECIAL_BLOCKS.flatMap((block) => [hostOf(block, 0n), hostOf(block, -1n)]);
  const inside = fc.sample(
    fc
      .tuple(fc.constantFrom(...SPECIAL_BLOCKS), fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }))
      .map(([block, host]) => hostOf(block, host)),
    { seed: 6890, numRuns: 1000 },
  );
  const v4 = fc.sample(fc.bigInt({ min: 0n, max: 0xffffffffn }), { seed: 4, numRuns: 1000 });
  const v6 = fc.sample(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), { seed: 6, numRuns: 500 });
  return [
    ...ends,
    ...inside,
    ...v4.map((value): IpAddress => ({ version: 4, value })),
    ...v6.map((value): IpAddress => ({ version: 6, value })),
  ];
}

function differenceKey(result: Classification): string {
  return result.decidedBy?.cidr ?? result.reason;
}

function hasBlock(result: Classification, ...cidrs: string[]): boolean {
  return result.blocks.some((block) => cidrs.includes(block.cidr));
}

describe.skipIf(!hasPython)("classify() against Python's ipaddress", () => {
  const addresses = corpus();
  const texts = addresses.map((address) => formatAddress(address));
  const answers = JSON.parse(
    execFileSync('python3', ['-c', PYTHON], { input: JSON.stringify(texts), encoding: 'utf8' }),
  ) as PythonAnswer[];
  const results = addresses.map((address) => classify(address));

  test('Python answered for every address in the corpus', () => {
    expect(answers).toHaveLength(texts.length);
    expect(texts.length).toBeGreaterThan(2500);
  });

  test('classify() and Python agree on loopback, link-local and multicast', () => {
    const disagreements = results
      .map((result, index) => ({ result, python: answers[index], text: texts[index] }))
      .filter(({ result, python }) => result.mappedIpv4 === null && python !== undefined)
      .filter(
        ({ result, python }) =>
          hasBlock(result, '127.0.0.0/8', '::1/128') !== python?.loopback ||
          hasBlock(result, '169.254.0.0/16', 'fe80::/10') !== python?.linkLocal ||
          (result.multicast !== null) !== python?.multicast,
      )
      .map(({ text }) => text);
    expect(disagreements).toEqual([]);
  });

  test('every globally-reachable difference from Python has a known, documented cause', () => {
    const counts = new Map<string, number>();
    const unexplained: string[] = [];
    results.forEach((result, index) => {
      if (result.globallyReachable === answers[index]?.global) return;
      const key = differenceKey(result);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!(key in KNOWN_GLOBAL_DIFFERENCES)) unexplained.push(`${texts[index]} (${key})`);
    });
    const agreed = results.length - [...counts.values()].reduce((sum, n) => sum + n, 0);
    const python = execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
    const lines = [...counts].map(([key, n]) => `  ${n}\t${key}: ${KNOWN_GLOBAL_DIFFERENCES[key]}`);
    process.stdout.write(
      `${python}: ${results.length} addresses compared, ${agreed} agree on is_global\n${lines.join('\n')}\n`,
    );
    expect(unexplained).toEqual([]);
  });
});
