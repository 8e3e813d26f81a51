import { describe, expect, test } from 'vitest';
import { parseHostSpec } from '../../src/calc/parse-host-spec.js';
import { refusal } from './_refusal.js';

describe('parseHostSpec() reads an address with its mask', () => {
  const cases: [string, string | undefined, bigint, number][] = [
    ['192.168.1.77/26', undefined, 0xc0a8014dn, 26],
    ['192.168.1.77', '255.255.255.192', 0xc0a8014dn, 26],
    ['192.168.1.77', '/26', 0xc0a8014dn, 26],
    ['192.168.1.77', '26', 0xc0a8014dn, 26],
    ['2001:db8::1/64', undefined, 0x20010db8000000000000000000000001n, 64],
    ['2001:db8::1', '64', 0x20010db8000000000000000000000001n, 64],
  ];
  test.for(cases)('parseHostSpec() reads %s with mask %s', ([text, mask, value, prefix]) => {
    const spec = parseHostSpec(text, mask);
    expect(spec.address.value).toBe(value);
    expect(spec.mask.prefix).toBe(prefix);
  });
});

describe('parseHostSpec() refuses a missing, doubled or misplaced mask', () => {
  const cases: [string, string | undefined, string][] = [
    [
      '192.168.1.5',
      undefined,
      'cannot work out the subnet of "192.168.1.5": no mask given; add a prefix (192.168.1.5/24) or a mask (192.168.1.5 255.255.255.0)',
    ],
    [
      '192.168.1.5/24',
      '255.0.0.0',
      'cannot use mask "255.0.0.0" with "192.168.1.5/24": the prefix /24 already gives the mask; give one or the other',
    ],
    [
      '1.2.3.4/33',
      undefined,
      'cannot parse prefix "/33": an IPv4 prefix is 0 to 32, the number of network bits in a 32-bit address',
    ],
    [
      '1.2.3.4/',
      undefined,
      'cannot read "1.2.3.4/": nothing follows "/"; write the prefix length right after it, such as "1.2.3.4/24"',
    ],
    [
      '10.0.0.1/',
      '8',
      'cannot read "10.0.0.1/": nothing follows "/"; a space splits it from "8"; write "10.0.0.1/8" with no space',
    ],
    [
      '1.2.3.4/255.255.255.0',
      undefined,
      'cannot parse prefix "/255.255.255.0" in "1.2.3.4/255.255.255.0": after "/" comes a prefix length such as /24; give a mask in address form as a separate argument',
    ],
    [
      '2001:db8::1',
      '255.255.255.0',
      'cannot parse mask "255.255.255.0": it is written as an IPv4 mask, but an IPv6 one is needed here; give a prefix such as /64',
    ],
    [
      '127.1/8',
      undefined,
      'cannot parse address "127.1": an IPv4 address has four dotted octets, this has 2: inet_aton expands the shorthand to 127.0.0.1, most tools refuse it; write all four (127.0.0.1)',
    ],
  ];
  test.for(cases)('parseHostSpec() refuses %s with mask %s', ([text, mask, message]) => {
    expect(refusal(() => parseHostSpec(text, mask))).toBe(message);
  });
});
