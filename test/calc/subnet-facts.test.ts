import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { IpVersion } from '../../src/calc/address.js';
import { formatAddress } from '../../src/calc/format-address.js';
import { parseHostSpec } from '../../src/calc/parse-host-spec.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { subnetFacts } from '../../src/calc/subnet-facts.js';

function facts(text: string, mask?: string) {
  const result = subnetFacts(parseHostSpec(text, mask));
  return {
    network: formatAddress(result.network),
    broadcast: result.broadcast === null ? null : formatAddress(result.broadcast),
    firstHost: formatAddress(result.firstHost),
    lastHost: formatAddress(result.lastHost),
    hosts: result.hosts,
    historicClass: result.historicClass,
  };
}

describe('subnetFacts() gives what ipcalc gives', () => {
  const cases: [string, ReturnType<typeof facts>][] = [
    [
      '192.168.1.77/26',
      {
        network: '192.168.1.64',
        broadcast: '192.168.1.127',
        firstHost: '192.168.1.65',
        lastHost: '192.168.1.126',
        hosts: 62n,
        historicClass: 'C',
      },
    ],
    [
      '10.0.0.1/31',
      {
        network: '10.0.0.0',
        broadcast: null,
        firstHost: '10.0.0.0',
        lastHost: '10.0.0.1',
        hosts: 2n,
        historicClass: 'A',
      },
    ],
    [
      '10.0.0.7/32',
      {
        network: '10.0.0.7',
        broadcast: null,
        firstHost: '10.0.0.7',
        lastHost: '10.0.0.7',
        hosts: 1n,
        historicClass: 'A',
      },
    ],
    [
      '172.16.5.4/12',
      {
        network: '172.16.0.0',
        broadcast: '172.31.255.255',
        firstHost: '172.16.0.1',
        lastHost: '172.31.255.254',
        hosts: 1048574n,
        historicClass: 'B',
      },
    ],
    [
      '224.0.0.9/4',
      {
        network: '224.0.0.0',
        broadcast: '239.255.255.255',
        firstHost: '224.0.0.1',
        lastHost: '239.255.255.254',
        hosts: 268435454n,
        historicClass: 'D',
      },
    ],
    [
      '250.1.1.1/8',
      {
        network: '250.0.0.0',
        broadcast: '250.255.255.255',
        firstHost: '250.0.0.1',
        lastHost: '250.255.255.254',
        hosts: 16777214n,
        historicClass: 'E',
      },
    ],
    [
      '2001:db8::abcd/64',
      {
        network: '2001:db8::',
        broadcast: null,
        firstHost: '2001:db8::1',
        lastHost: '2001:db8::ffff:ffff:ffff:ffff',
        hosts: 18446744073709551615n,
        historicClass: null,
      },
    ],
    [
      '2001:db8::1/127',
      {
        network: '2001:db8::',
        broadcast: null,
        firstHost: '2001:db8::',
        lastHost: '2001:db8::1',
        hosts: 2n,
        historicClass: null,
      },
    ],
    [
      '2001:db8::1/128',
      {
        network: '2001:db8::1',
        broadcast: null,
        firstHost: '2001:db8::1',
        lastHost: '2001:db8::1',
        hosts: 1n,
        historicClass: null,
      },
    ],
  ];
  test.for(cases)('subnetFacts() of %s', ([text, expected]) => {
    expect(facts(text)).toEqual(expected);
  });

  test('subnetFacts() reads a dotted mask as well as a prefix', () => {
    expect(facts('192.168.1.77', '255.255.255.192')).toEqual(facts('192.168.1.77/26'));
  });
});

const subnetCase = fc.constantFrom<IpVersion>(4, 6).chain((version) => {
  const bits = version === 4 ? 32 : 128;
  return fc.record({
    version: fc.constant(version),
    value: fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }),
    prefix: fc.integer({ min: 0, max: bits }),
  });
});

/** The mask of a prefix, worked out here rather than taken from the code under test. */
function ownMask(version: IpVersion, prefix: number): bigint {
  const bits = BigInt(version === 4 ? 32 : 128);
  return ((1n << bits) - 1n) ^ ((1n << (bits - BigInt(prefix))) - 1n);
}

function factsOf(version: IpVersion, value: bigint, prefix: number) {
  return subnetFacts({ address: { version, value }, mask: parseMask(String(prefix), { version }) });
}

describe('subnetFacts() properties', () => {
  fcTest.prop([subnetCase])('network = address AND mask', ({ version, value, prefix }) => {
    const result = factsOf(version, value, prefix);
    expect(result.mask.mask).toBe(ownMask(version, prefix));
    expect(result.network.value).toBe(value & ownMask(version, prefix));
  });

  fcTest.prop([subnetCase])(
    'every usable host lies inside the network',
    ({ version, value, prefix }) => {
      const result = factsOf(version, value, prefix);
      const top = result.network.value | result.mask.wildcard;
      expect(result.firstHost.value).toBeGreaterThanOrEqual(result.network.value);
      expect(result.lastHost.value).toBeLessThanOrEqual(top);
      expect(result.lastHost.value - result.firstHost.value + 1n).toBe(result.hosts);
      expect(result.firstHost.value & result.mask.mask).toBe(result.network.value);
      expect(result.lastHost.value & result.mask.mask).toBe(result.network.value);
      expect(value & result.mask.mask).toBe(result.network.value);
    },
  );

  fcTest.prop([subnetCase])(
    'a broadcast exists only for IPv4 up to /30, as the top address',
    ({ version, value, prefix }) => {
      const result = factsOf(version, value, prefix);
      if (version === 4 && prefix <= 30) {
        expect(result.broadcast?.value).toBe(result.network.value | result.mask.wildcard);
      } else {
        expect(result.broadcast).toBeNull();
      }
    },
  );
});
