import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { formatAddress } from '../../src/calc/format-address.js';
import { type ParseMaskOptions, parseMask } from '../../src/calc/parse-mask.js';
import { refusal } from './_refusal.js';

describe('parseMask() reads every way of writing a mask', () => {
  const cases: [string, ParseMaskOptions, 4 | 6, number][] = [
    ['255.255.255.0', {}, 4, 24],
    ['/24', {}, 4, 24],
    ['24', {}, 4, 24],
    ['0', {}, 4, 0],
    ['/32', {}, 4, 32],
    ['255.255.240.0', {}, 4, 20],
    ['0.0.0.0', {}, 4, 0],
    ['255.255.255.255', {}, 4, 32],
    ['0.0.15.255', { wildcard: true }, 4, 20],
    ['/64', { version: 6 }, 6, 64],
    ['128', { version: 6 }, 6, 128],
    ['ffff:ffff:ffff:ffff::', {}, 6, 64],
    ['FFFF:FF00::', { version: 6 }, 6, 24],
    ['::ffff:ffff:ffff:ffff', { wildcard: true }, 6, 64],
  ];
  test.for(cases)('parseMask() reads %s (%j) as IPv%i /%i', ([text, options, version, prefix]) => {
    const mask = parseMask(text, options);
    expect(mask.version).toBe(version);
    expect(mask.prefix).toBe(prefix);
    const bits = version === 4 ? 32 : 128;
    expect(mask.value).toBe(((1n << BigInt(prefix)) - 1n) << BigInt(bits - prefix));
  });
});

describe('parseMask() refuses what is not a mask, and says why', () => {
  fcTest.prop([fc.integer({ min: 0, max: 24 })])(
    'a mask cut to three octets is refused with a suggestion that is itself a mask',
    (prefix) => {
      const short = formatAddress(parseMask(`/${prefix}`))
        .split('.')
        .slice(0, 3)
        .join('.');
      const suggested = /write (?:all four \()?([0-9.]+)/.exec(
        refusal(() => parseMask(short)),
      )?.[1];
      expect(suggested).toBeDefined();
      expect(parseMask(suggested ?? '').prefix).toBe(prefix);
    },
  );

  const cases: [string, ParseMaskOptions, string][] = [
    [
      '255.0.255.0',
      {},
      'cannot parse mask "255.0.255.0": ones must be contiguous, but they stop after bit 8 and a one comes back at bit 17 (11111111.00000000.11111111.00000000); the nearest mask is 255.0.0.0 (/8)',
    ],
    [
      '255.255.255.1',
      {},
      'cannot parse mask "255.255.255.1": ones must be contiguous, but they stop after bit 24 and a one comes back at bit 32 (11111111.11111111.11111111.00000001); the nearest mask is 255.255.255.0 (/24)',
    ],
    [
      '1.2.3.4',
      {},
      'cannot parse mask "1.2.3.4": ones must come first, but this starts with a zero and its first one is bit 8 (00000001.00000010.00000011.00000100): it is neither a mask nor a wildcard',
    ],
    [
      '0.0.0.255',
      {},
      'cannot parse mask "0.0.0.255": ones must come first, and this is a wildcard (inverse mask) of /24 (00000000.00000000.00000000.11111111); the mask is 255.255.255.0',
    ],
    [
      '/33',
      {},
      'cannot parse prefix "/33": an IPv4 prefix is 0 to 32, the number of network bits in a 32-bit address; a bare prefix is read as IPv4 (for IPv6, use --ipv6)',
    ],
    [
      '/33',
      { version: 4 },
      'cannot parse prefix "/33": an IPv4 prefix is 0 to 32, the number of network bits in a 32-bit address',
    ],
    [
      '129',
      { version: 6 },
      'cannot parse prefix "129": an IPv6 prefix is 0 to 128, the number of network bits in a 128-bit address',
    ],
    [
      '/024',
      {},
      'cannot parse prefix "/024": a prefix length is a decimal number of bits without leading zeros, such as /24',
    ],
    [
      '/-1',
      {},
      'cannot parse prefix "/-1": a prefix length is a decimal number of bits without leading zeros, such as /24',
    ],
    ['', {}, 'cannot parse mask "": it is empty; give a mask such as 255.255.255.0 or /24'],
    [' /24', {}, 'cannot parse mask " /24": it has white space around it; remove it'],
    [
      '255.255.255.256',
      {},
      'cannot parse mask "255.255.255.256": octet "256" is over 255: an octet is 8 bits, so 0 to 255',
    ],
    [
      '255.255.0',
      {},
      'cannot parse mask "255.255.0": a mask has four dotted octets, this has 3; the octets a mask leaves out are zeros, so write 255.255.0.0 (/16)',
    ],
    [
      // inet_aton reads this as 255.255.0.255, which is no mask: the suggestion pads with zeros.
      '255.255.255',
      {},
      'cannot parse mask "255.255.255": a mask has four dotted octets, this has 3; the octets a mask leaves out are zeros, so write 255.255.255.0 (/24)',
    ],
    [
      '255.255.253',
      {},
      'cannot parse mask "255.255.253": a mask has four dotted octets, this has 3; write all four',
    ],
    [
      '255.255.255.0',
      { version: 6 },
      'cannot parse mask "255.255.255.0": it is written as an IPv4 mask, but an IPv6 one is needed here; give a prefix such as /64',
    ],
    [
      'ffff::',
      { version: 4 },
      'cannot parse mask "ffff::": it is written as an IPv6 mask, but an IPv4 one is needed here; give a prefix such as /24',
    ],
    [
      '255.255.255.0',
      { wildcard: true },
      'cannot parse wildcard "255.255.255.0": a wildcard has its ones at the end, contiguous (11111111.11111111.11111111.00000000)',
    ],
    [
      '24',
      { wildcard: true },
      'cannot parse wildcard "24": a wildcard is written like an address (0.0.0.255), not as a prefix',
    ],
  ];
  test.for(cases)('parseMask() refuses %j (%j)', ([text, options, message]) => {
    expect(refusal(() => parseMask(text, options))).toBe(message);
  });
});

describe('mask <-> prefix round trip', () => {
  fcTest.prop([fc.integer({ min: 0, max: 32 })])(
    'an IPv4 prefix, written as a dotted mask and read back, is the same prefix',
    (prefix) => {
      const mask = parseMask(`/${prefix}`);
      const again = parseMask(formatAddress(mask));
      expect(again).toEqual(mask);
    },
  );

  fcTest.prop([fc.integer({ min: 0, max: 128 })])(
    'an IPv6 prefix, written as a mask and read back, is the same prefix',
    (prefix) => {
      const mask = parseMask(String(prefix), { version: 6 });
      const again = parseMask(formatAddress(mask, { dottedIpv4Tail: false }), { version: 6 });
      expect(again).toEqual(mask);
    },
  );

  fcTest.prop([fc.bigInt({ min: 0n, max: (1n << 32n) - 1n })])(
    'a dotted IPv4 value is a mask exactly when its ones are contiguous from the left',
    (value) => {
      const bits = value.toString(2).padStart(32, '0');
      const contiguous = /^1*0*$/.test(bits);
      const text = formatAddress({ version: 4, value });
      if (contiguous)
        expect(parseMask(text).prefix).toBe(bits.indexOf('0') === -1 ? 32 : bits.indexOf('0'));
      else expect(() => parseMask(text)).toThrow(/^cannot parse mask/);
    },
  );
});
