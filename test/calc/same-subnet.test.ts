import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { IpVersion } from '../../src/calc/address.js';
import { formatAddress } from '../../src/calc/format-address.js';
import { parseHostPair } from '../../src/calc/parse-host-pair.js';
import type { HostSpec } from '../../src/calc/parse-host-spec.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { sameSubnet } from '../../src/calc/same-subnet.js';

function ask(line: string) {
  const pair = parseHostPair(line.split(' '));
  return sameSubnet(pair.a, pair.b);
}

describe('sameSubnet() ANDs each address with its own mask and compares', () => {
  test('sameSubnet() puts 192.168.1.5 and 192.168.1.77 /24 on one subnet, seen from both sides', () => {
    const result = ask('192.168.1.5 192.168.1.77 /24');
    expect(formatAddress(result.a.network)).toBe('192.168.1.0');
    expect(formatAddress(result.b.network)).toBe('192.168.1.0');
    expect(result).toMatchObject({
      sameSubnet: true,
      aSeesB: true,
      bSeesA: true,
      firstDifferingBit: null,
    });
  });

  test('sameSubnet() separates 10.0.0.1 and 10.0.1.1 /24 at bit 24', () => {
    expect(ask('10.0.0.1 10.0.1.1 /24')).toMatchObject({
      sameSubnet: false,
      aSeesB: false,
      bSeesA: false,
      firstDifferingBit: 24,
    });
  });

  test('sameSubnet() is one-sided for 192.168.1.10/24 and 192.168.1.200/25', () => {
    const result = ask('192.168.1.10/24 192.168.1.200/25');
    expect(result).toMatchObject({
      sameSubnet: false,
      aSeesB: true,
      bSeesA: false,
      firstDifferingBit: 25,
    });
    expect(formatAddress(result.a.peerNetwork)).toBe('192.168.1.0');
    expect(formatAddress(result.b.peerNetwork)).toBe('192.168.1.0');
    expect(formatAddress(result.b.network)).toBe('192.168.1.128');
  });

  test('sameSubnet() is false when the ANDs agree but the masks differ; andsEqual keeps the course rule', () => {
    expect(ask('192.168.1.10/24 192.168.1.20/25')).toMatchObject({
      andsEqual: true,
      sameSubnet: false,
      aSeesB: true,
      bSeesA: true,
      firstDifferingBit: null,
    });
  });

  test('sameSubnet() of 10.0.0.5/24 and 10.0.1.0/23: equal ANDs, yet A goes through its gateway', () => {
    expect(ask('10.0.0.5/24 10.0.1.0/23')).toMatchObject({
      andsEqual: true,
      sameSubnet: false,
      aSeesB: false,
      bSeesA: true,
    });
  });

  test('sameSubnet() works on IPv6: 2001:db8::1 and 2001:db8:0:1::1 /64 part at bit 64', () => {
    expect(ask('2001:db8::1 2001:db8:0:1::1 /64')).toMatchObject({
      sameSubnet: false,
      firstDifferingBit: 64,
    });
  });

  test('sameSubnet() with /0 puts any two addresses together', () => {
    expect(ask('1.2.3.4 200.1.1.1 /0').sameSubnet).toBe(true);
  });
});

const versions = fc.constantFrom<IpVersion>(4, 6);

function hostSpec(version: IpVersion) {
  const bits = version === 4 ? 32 : 128;
  return fc.record({
    value: fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }),
    prefix: fc.integer({ min: 0, max: bits }),
  });
}

const sameMaskPair = versions.chain((version) =>
  fc.tuple(fc.constant(version), hostSpec(version), hostSpec(version)),
);

function spec(version: IpVersion, value: bigint, prefix: number): HostSpec {
  return { address: { version, value }, mask: parseMask(String(prefix), { version }) };
}

describe('sameSubnet() properties', () => {
  fcTest.prop([sameMaskPair])('same-subnet is symmetric for equal masks', ([version, a, b]) => {
    const one = sameSubnet(spec(version, a.value, a.prefix), spec(version, b.value, a.prefix));
    const other = sameSubnet(spec(version, b.value, a.prefix), spec(version, a.value, a.prefix));
    expect(other.sameSubnet).toBe(one.sameSubnet);
    expect(one.aSeesB).toBe(one.sameSubnet);
    expect(one.bSeesA).toBe(one.sameSubnet);
    expect(one.andsEqual).toBe(one.sameSubnet);
  });

  fcTest.prop([sameMaskPair])(
    'same subnet means equal ANDs and equal prefixes, for any masks',
    ([version, a, b]) => {
      const result = sameSubnet(spec(version, a.value, a.prefix), spec(version, b.value, b.prefix));
      expect(result.andsEqual).toBe(result.a.network.value === result.b.network.value);
      expect(result.sameSubnet).toBe(result.andsEqual && a.prefix === b.prefix);
      if (result.sameSubnet) expect(result.aSeesB && result.bSeesA).toBe(true);
    },
  );

  fcTest.prop([sameMaskPair])(
    'the networks agree on every bit before the first differing bit',
    ([version, a, b]) => {
      const result = sameSubnet(spec(version, a.value, a.prefix), spec(version, b.value, b.prefix));
      const bits = version === 4 ? 32 : 128;
      if (result.firstDifferingBit === null) {
        expect(result.a.network.value).toBe(result.b.network.value);
        return;
      }
      const shift = BigInt(bits - result.firstDifferingBit);
      expect(result.a.network.value >> (shift + 1n)).toBe(result.b.network.value >> (shift + 1n));
      expect((result.a.network.value >> shift) & 1n).not.toBe(
        (result.b.network.value >> shift) & 1n,
      );
    },
  );

  fcTest.prop([sameMaskPair])('each network is its address AND its own mask', ([version, a, b]) => {
    const result = sameSubnet(spec(version, a.value, a.prefix), spec(version, b.value, b.prefix));
    expect(result.a.network.value).toBe(a.value & result.a.mask.value);
    expect(result.b.network.value).toBe(b.value & result.b.mask.value);
    expect(result.a.peerNetwork.value).toBe(b.value & result.a.mask.value);
  });
});
