import { describe, expect, test } from 'vitest';
import { maskFacts } from '../../src/calc/mask-facts.js';
import { parseHostPair } from '../../src/calc/parse-host-pair.js';
import { parseHostSpec } from '../../src/calc/parse-host-spec.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { sameSubnet } from '../../src/calc/same-subnet.js';
import { subnetFacts } from '../../src/calc/subnet-facts.js';
import { maskJson } from '../../src/render/mask-json.js';
import { sameSubnetJson } from '../../src/render/same-subnet-json.js';
import { sameSubnetLine } from '../../src/render/same-subnet-line.js';
import { subnetJson } from '../../src/render/subnet-json.js';
import { subnetLine } from '../../src/render/subnet-line.js';

function pair(line: string) {
  const hosts = parseHostPair(line.split(' '));
  return sameSubnet(hosts.a, hosts.b);
}

describe('JSON shapes', () => {
  test('sameSubnetJson() has a, b, andsEqual, sameSubnet, aSeesB and bSeesA', () => {
    expect(sameSubnetJson(pair('192.168.1.10/24 192.168.1.200/25'))).toStrictEqual({
      a: { address: '192.168.1.10', mask: '255.255.255.0', prefix: 24, network: '192.168.1.0' },
      b: {
        address: '192.168.1.200',
        mask: '255.255.255.128',
        prefix: 25,
        network: '192.168.1.128',
      },
      andsEqual: false,
      sameSubnet: false,
      aSeesB: true,
      bSeesA: false,
    });
  });

  test('subnetJson() of IPv4 has every ipcalc field', () => {
    expect(subnetJson(subnetFacts(parseHostSpec('192.168.1.77/26')))).toStrictEqual({
      address: '192.168.1.77',
      version: 4,
      prefix: 26,
      mask: '255.255.255.192',
      wildcard: '0.0.0.63',
      network: '192.168.1.64',
      broadcast: '192.168.1.127',
      firstHost: '192.168.1.65',
      lastHost: '192.168.1.126',
      hosts: 62,
      expanded: '192.168.1.77',
      reversePointer: '77.1.168.192.in-addr.arpa',
      historicClass: 'C',
    });
  });

  test('subnetJson() of IPv6 has a null broadcast and a string count past 2^53', () => {
    expect(subnetJson(subnetFacts(parseHostSpec('2001:db8::1/64')))).toStrictEqual({
      address: '2001:db8::1',
      version: 6,
      prefix: 64,
      mask: 'ffff:ffff:ffff:ffff::',
      wildcard: '::ffff:ffff:ffff:ffff',
      network: '2001:db8::',
      broadcast: null,
      firstHost: '2001:db8::1',
      lastHost: '2001:db8::ffff:ffff:ffff:ffff',
      hosts: '18446744073709551615',
      expanded: '2001:0db8:0000:0000:0000:0000:0000:0001',
      reversePointer: '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
      historicClass: null,
    });
  });

  const counts: [string, number | string][] = [
    ['/76', 4503599627370495],
    ['/75', 9007199254740991],
    ['/74', '18014398509481983'],
  ];
  test.for(counts)(
    'subnetJson() of an IPv6 %s counts hosts as %j (a string only past 2^53 - 1)',
    ([prefix, hosts]) => {
      expect(subnetJson(subnetFacts(parseHostSpec(`2001:db8::${prefix}`))).hosts).toBe(hosts);
    },
  );

  test('maskJson() has version, prefix, mask, wildcard, binary, addresses and hosts', () => {
    expect(maskJson(maskFacts(parseMask('/20')))).toStrictEqual({
      version: 4,
      prefix: 20,
      mask: '255.255.240.0',
      wildcard: '0.0.15.255',
      binary: '11111111.11111111.11110000.00000000',
      addresses: 4096,
      hosts: 4094,
    });
  });
});

describe('one-line answers for batch runs', () => {
  const sameSubnetLines: [string, string][] = [
    ['192.168.1.5 192.168.1.77 /24', '192.168.1.5/24 192.168.1.77/24: same subnet 192.168.1.0/24'],
    [
      '10.0.0.1 10.0.1.1 /24',
      '10.0.0.1/24 10.0.1.1/24: different subnets 10.0.0.0/24 vs 10.0.1.0/24',
    ],
    [
      '192.168.1.10/24 192.168.1.200/25',
      '192.168.1.10/24 192.168.1.200/25: different subnets 192.168.1.0/24 vs 192.168.1.128/25; A sees B as local, B sees A as remote',
    ],
    [
      '192.168.1.10/24 192.168.1.20/25',
      '192.168.1.10/24 192.168.1.20/25: different subnets (equal ANDs, different masks) 192.168.1.0/24 vs 192.168.1.0/25; A sees B as local, B sees A as local',
    ],
  ];
  test.for(sameSubnetLines)('sameSubnetLine() of "%s"', ([input, line]) => {
    expect(sameSubnetLine(pair(input))).toBe(line);
  });

  const subnetLines: [string, string][] = [
    [
      '192.168.1.77/26',
      '192.168.1.77/26: network 192.168.1.64, broadcast 192.168.1.127, hosts 192.168.1.65-192.168.1.126 (62)',
    ],
    ['10.0.0.0/31', '10.0.0.0/31: network 10.0.0.0, hosts 10.0.0.0-10.0.0.1 (2)'],
    ['2001:db8::1/127', '2001:db8::1/127: network 2001:db8::, hosts 2001:db8::-2001:db8::1 (2)'],
  ];
  test.for(subnetLines)('subnetLine() of %s', ([input, line]) => {
    expect(subnetLine(subnetFacts(parseHostSpec(input)))).toBe(line);
  });
});
