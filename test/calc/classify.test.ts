import { fc, test as fcTest } from '@fast-check/vitest';
import { Address4, Address6 } from 'ip-address';
import { describe, expect, test } from 'vitest';
import type { IpAddress } from '../../src/calc/address.js';
import { classify } from '../../src/calc/classify.js';
import { formatAddress } from '../../src/calc/format-address.js';
import { parseAddress } from '../../src/calc/parse-address.js';
import { SPECIAL_BLOCKS } from '../../src/calc/special-registry.js';

interface Case {
  readonly address: string;
  /** Every containing block, most specific first. */
  readonly blocks: readonly string[];
  readonly private: boolean;
  readonly global: boolean;
}

function c(address: string, blocks: string[], isPrivate: boolean, global: boolean): Case {
  return { address, blocks, private: isPrivate, global };
}

// One address inside each row of both registries, chosen outside any more specific row, so that
// the row is the first block reported.
const REGISTRY_CASES: readonly Case[] = [
  c('0.1.2.3', ['0.0.0.0/8'], false, false),
  c('0.0.0.0', ['0.0.0.0/32', '0.0.0.0/8'], false, false),
  c('10.1.2.3', ['10.0.0.0/8'], true, false),
  c('100.64.0.1', ['100.64.0.0/10'], false, false),
  c('127.0.0.1', ['127.0.0.0/8'], false, false),
  c('169.254.10.20', ['169.254.0.0/16'], false, false),
  c('172.31.255.255', ['172.16.0.0/12'], true, false),
  c('192.0.0.100', ['192.0.0.0/24'], false, false),
  c('192.0.0.1', ['192.0.0.0/29', '192.0.0.0/24'], false, false),
  c('192.0.0.8', ['192.0.0.8/32', '192.0.0.0/24'], false, false),
  c('192.0.0.9', ['192.0.0.9/32', '192.0.0.0/24'], false, true),
  c('192.0.0.10', ['192.0.0.10/32', '192.0.0.0/24'], false, true),
  c('192.0.0.170', ['192.0.0.170/32', '192.0.0.0/24'], false, false),
  c('192.0.0.171', ['192.0.0.171/32', '192.0.0.0/24'], false, false),
  c('192.0.2.1', ['192.0.2.0/24'], false, false),
  c('192.31.196.1', ['192.31.196.0/24'], false, true),
  c('192.52.193.1', ['192.52.193.0/24'], false, true),
  c('192.88.99.1', ['192.88.99.0/24'], false, true),
  c('192.88.99.2', ['192.88.99.2/32', '192.88.99.0/24'], false, false),
  c('192.168.1.5', ['192.168.0.0/16'], true, false),
  c('192.175.48.6', ['192.175.48.0/24'], false, true),
  c('198.19.255.255', ['198.18.0.0/15'], false, false),
  c('198.51.100.7', ['198.51.100.0/24'], false, false),
  c('203.0.113.9', ['203.0.113.0/24'], false, false),
  c('240.0.0.1', ['240.0.0.0/4'], false, false),
  c('255.255.255.255', ['255.255.255.255/32', '240.0.0.0/4'], false, false),
  c('::1', ['::1/128'], false, false),
  c('::', ['::/128'], false, false),
  c('::ffff:192.168.1.1', ['::ffff:0:0/96'], true, false),
  c('64:ff9b::808:808', ['64:ff9b::/96'], false, true),
  c('64:ff9b:1::1', ['64:ff9b:1::/48'], false, false),
  c('100::1', ['100::/64'], false, false),
  c('100:0:0:1::1', ['100:0:0:1::/64'], false, false),
  c('2001:100::1', ['2001::/23'], false, false),
  c('2001::1', ['2001::/32', '2001::/23'], false, false),
  c('2001:1::1', ['2001:1::1/128', '2001::/23'], false, true),
  c('2001:1::2', ['2001:1::2/128', '2001::/23'], false, true),
  c('2001:1::3', ['2001:1::3/128', '2001::/23'], false, true),
  c('2001:2::1', ['2001:2::/48', '2001::/23'], false, false),
  c('2001:3::1', ['2001:3::/32', '2001::/23'], false, true),
  c('2001:4:112::1', ['2001:4:112::/48', '2001::/23'], false, true),
  c('2001:10::1', ['2001:10::/28', '2001::/23'], false, false),
  c('2001:20::1', ['2001:20::/28', '2001::/23'], false, true),
  c('2001:30::1', ['2001:30::/28', '2001::/23'], false, true),
  c('2001:db8::1', ['2001:db8::/32'], false, false),
  c('2002:c000:204::1', ['2002::/16'], false, false),
  c('2620:4f:8000::42', ['2620:4f:8000::/48'], false, true),
  c('3fff::1', ['3fff::/20'], false, false),
  c('5f00::1', ['5f00::/16'], false, false),
  c('fd12:3456:789a::1', ['fc00::/7'], true, false),
  c('fe80::1', ['fe80::/10'], false, false),
];

const ORDINARY_CASES: readonly Case[] = [
  c('8.8.8.8', [], false, true),
  c('100.128.0.1', [], false, true),
  c('172.32.0.1', [], false, true),
  c('2606:4700::1111', [], false, true),
  c('::2', [], false, false),
  c('4000::1', [], false, false),
];

function run(text: string) {
  return classify(parseAddress(text));
}

describe('classify()', () => {
  test.for([...REGISTRY_CASES, ...ORDINARY_CASES])(
    'classify() puts $address in $blocks, private $private, global $global',
    ({ address, blocks, private: isPrivate, global }) => {
      const result = run(address);
      expect(result.blocks.map((block) => block.cidr)).toEqual(blocks);
      expect(result.private).toBe(isPrivate);
      expect(result.globallyReachable).toBe(global);
    },
  );

  test('every registry row is the most specific block of one test case', () => {
    const reached = new Set(REGISTRY_CASES.map((one) => one.blocks[0]));
    expect(SPECIAL_BLOCKS.map((block) => block.cidr).filter((cidr) => !reached.has(cidr))).toEqual(
      [],
    );
  });

  test('classify() reports 192.0.0.9 under its /32 before 192.0.0.0/24, and the /32 decides', () => {
    const result = run('192.0.0.9');
    expect(result.blocks.map((block) => block.name)).toEqual([
      'Port Control Protocol Anycast',
      'IETF Protocol Assignments',
    ]);
    expect(result.decidedBy?.cidr).toBe('192.0.0.9/32');
    expect(result.reason).toBe('registry');
  });

  test('classify() skips the blank deprecated ORCHID row and lets 2001::/23 decide', () => {
    const result = run('2001:10::1');
    expect(result.decidedBy?.cidr).toBe('2001::/23');
  });

  test('classify() counts Teredo (N/A) as not globally reachable, decided by the Teredo row', () => {
    const result = run('2001::1');
    expect(result.decidedBy?.cidr).toBe('2001::/32');
    expect(result.globallyReachable).toBe(false);
  });

  test('classify() calls an address in no block ordinary unicast', () => {
    const result = run('8.8.8.8');
    expect(result).toMatchObject({ reason: 'no-answer', decidedBy: null, mappedIpv4: null });
  });

  test('classify() calls IPv6 outside 2000::/3 unallocated', () => {
    expect(run('::2')).toMatchObject({ reason: 'unallocated', globallyReachable: false });
  });

  test('every block comes from one of the two IANA registries, none invented', () => {
    expect(new Set(SPECIAL_BLOCKS.map((block) => block.registry))).toEqual(
      new Set(['iana-ipv4-special', 'iana-ipv6-special']),
    );
  });
});

describe('classify() and multicast, which the registries do not list', () => {
  const scopes: readonly (readonly [string, string, boolean])[] = [
    ['ff01::1', 'interface-local', false],
    ['ff02::1', 'link-local', false],
    ['ff03::1', 'realm-local', false],
    ['ff04::1', 'admin-local', false],
    ['ff05::1:3', 'site-local', false],
    ['ff08::1', 'organization-local', false],
    ['ff0e::1', 'global', true],
    ['ff1e::1234', 'global', true],
    ['ff00::1', 'reserved', false],
    ['ff0f::1', 'reserved', false],
    ['ff06::1', 'unassigned', false],
    ['224.0.0.251', 'link-local', false],
    ['224.0.1.1', 'global', true],
    ['232.1.1.1', 'global', true],
    ['239.255.255.250', 'site-local', false],
    ['239.192.0.1', 'organization-local', false],
    ['239.1.2.3', 'admin-local', false],
  ];
  test.for(scopes)('classify(%s): scope %s decides, global %s', ([address, scope, global]) => {
    const result = run(address);
    expect(result.blocks).toEqual([]);
    expect(result.multicast?.scope).toBe(scope);
    expect(result).toMatchObject({ reason: 'multicast-scope', decidedBy: null });
    expect(result.globallyReachable).toBe(global);
  });

  test('classify() reads the IPv6 scope field, the fourth hex digit', () => {
    expect(run('ff0e::1').multicast).toEqual({
      scope: 'global',
      field: 0xe,
      beyondOrganization: true,
      rfc: 'RFC 4291 §2.7',
    });
  });

  test('classify() gives unicast no multicast scope', () => {
    expect(run('8.8.8.8').multicast).toBeNull();
    expect(run('fe80::1').multicast).toBeNull();
  });
});

describe('classify() looks inside the NAT64 well-known prefix (RFC 6052 §3.1)', () => {
  test.for([
    '64:ff9b::10.0.0.1',
    '64:ff9b::127.0.0.1',
    '64:ff9b::192.168.1.1',
    '64:ff9b::100.64.0.1',
  ])('classify(%s) is not globally reachable: the prefix may carry only global IPv4', (text) => {
    const result = run(text);
    expect(result.carriedBy).toBe('64:ff9b::/96');
    expect(result.mappedIpv4?.globallyReachable).toBe(false);
    expect(result).toMatchObject({ globallyReachable: false, reason: 'embedded-not-global' });
  });

  test('classify(64:ff9b::8.8.8.8) is globally reachable, as the registry row and 8.8.8.8 say', () => {
    const result = run('64:ff9b::8.8.8.8');
    expect(result).toMatchObject({ globallyReachable: true, reason: 'registry' });
    expect(formatAddress(result.mappedIpv4?.address as IpAddress)).toBe('8.8.8.8');
  });

  test('classify(64:ff9b::10.0.0.1) is private because the address it carries is', () => {
    expect(run('64:ff9b::10.0.0.1').private).toBe(true);
  });

  test('the local-use prefix 64:ff9b:1::/48 carries no fixed IPv4 position: no mappedIpv4', () => {
    expect(run('64:ff9b:1::a00:1')).toMatchObject({ mappedIpv4: null, carriedBy: null });
  });
});

describe('classify() and the parser-bug class', () => {
  test.for(['::ffff:127.0.0.1', '::fFFf:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:7f00:0001'])(
    'classify() sees %s as IPv4-mapped loopback, not globally reachable',
    (text) => {
      const result = run(text);
      expect(result.blocks[0]?.cidr).toBe('::ffff:0:0/96');
      expect(result.carriedBy).toBe('::ffff:0:0/96');
      expect(result.mappedIpv4?.blocks.map((block) => block.name)).toEqual(['Loopback']);
      expect(formatAddress(result.mappedIpv4?.address as IpAddress)).toBe('127.0.0.1');
      expect(result.globallyReachable).toBe(false);
      expect(result.mappedIpv4?.globallyReachable).toBe(false);
    },
  );

  test('classify() calls ::ffff:10.1.2.3 private because the address it carries is', () => {
    const result = run('::ffff:10.1.2.3');
    expect(result.private).toBe(true);
    expect(result.mappedIpv4?.blocks[0]?.cidr).toBe('10.0.0.0/8');
  });

  test('classify() keeps ::ffff:8.8.8.8 not globally reachable, as its registry row says', () => {
    const result = run('::ffff:8.8.8.8');
    expect(result.globallyReachable).toBe(false);
    expect(result.mappedIpv4?.globallyReachable).toBe(true);
  });

  test.for(['0x7f.1', '127.1', '2130706433', '0177.0.0.1', '::ffff:0x7f.0.0.1'])(
    'parseAddress() refuses %s before classify() could call it public',
    (text) => {
      expect(() => parseAddress(text)).toThrow(/^cannot parse address/);
    },
  );
});

/** Any address inside the given block: its network plus random host bits. */
function insideBlock(block: (typeof SPECIAL_BLOCKS)[number], hostBits: bigint): IpAddress {
  const bits = block.version === 4 ? 32n : 128n;
  const [base = '', prefix = ''] = block.cidr.split('/');
  const free = bits - BigInt(prefix);
  const network = parseAddress(base).value;
  return { version: block.version, value: network | (hostBits & ((1n << free) - 1n)) };
}

const anyBlockAddress = fc
  .tuple(fc.constantFrom(...SPECIAL_BLOCKS), fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }))
  .map(([block, host]) => insideBlock(block, host));

describe('classify() properties', () => {
  fcTest.prop([anyBlockAddress])(
    'classify() lists only blocks that contain the address, longest prefix first',
    (address) => {
      const blocks = classify(address).blocks;
      const prefixes = blocks.map((block) => Number(block.cidr.split('/')[1]));
      expect(prefixes).toEqual([...prefixes].sort((a, b) => b - a));
      expect(blocks.length).toBeGreaterThan(0);
    },
  );

  fcTest.prop([fc.bigInt({ min: 0n, max: 0xffffffffn })])(
    'classify() agrees with ip-address isGlobal() on every IPv4 address but global-scope multicast',
    (value) => {
      const address: IpAddress = { version: 4, value };
      const result = classify(address);
      // ip-address calls all multicast not global; netlab lets the scope decide (RFC 5771).
      fc.pre(result.multicast?.scope !== 'global');
      const library = Address4.fromBigInt(value).isGlobal();
      expect(result.globallyReachable).toBe(library);
    },
  );

  fcTest.prop([anyBlockAddress])(
    'classify() agrees with ip-address isGlobal() inside every block, except where ip-address reads an embedded IPv4 address',
    (address) => {
      const result = classify(address);
      const embedsIpv4 = result.blocks.some(
        (block) => block.cidr === '::ffff:0:0/96' || block.cidr === '64:ff9b::/96',
      );
      fc.pre(!embedsIpv4);
      const library =
        address.version === 4
          ? Address4.fromBigInt(address.value).isGlobal()
          : Address6.fromBigInt(address.value).isGlobal();
      expect(result.globallyReachable).toBe(library);
    },
  );
});
