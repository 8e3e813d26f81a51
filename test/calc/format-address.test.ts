import { describe, expect, test } from 'vitest';
import type { IpAddress } from '../../src/calc/address.js';
import { formatAddress } from '../../src/calc/format-address.js';

function v6(hex: string): IpAddress {
  return { version: 6, value: BigInt(`0x${hex.replaceAll(':', '')}`) };
}

describe('formatAddress() writes IPv4 in dotted decimal', () => {
  const cases: [bigint, string][] = [
    [0n, '0.0.0.0'],
    [0xc0a80105n, '192.168.1.5'],
    [0xffffffffn, '255.255.255.255'],
    [0x0a000001n, '10.0.0.1'],
  ];
  test.for(cases)('formatAddress() writes IPv4 %s as %s', ([value, text]) => {
    expect(formatAddress({ version: 4, value })).toBe(text);
  });
});

describe('formatAddress() writes IPv6 as RFC 5952 says', () => {
  const cases: [string, string, string][] = [
    [
      '2001:0db8:0000:0000:0000:0000:0000:0001',
      '2001:db8::1',
      '§4.1 no leading zeros, §4.2.1 longest run',
    ],
    [
      '2001:0db8:0000:0001:0001:0001:0001:0001',
      '2001:db8:0:1:1:1:1:1',
      '§4.2.2 one zero group stays',
    ],
    ['2001:0db8:0000:0000:0001:0000:0000:0001', '2001:db8::1:0:0:1', '§4.2.3 first of equal runs'],
    ['2001:0000:0000:0001:0000:0000:0000:0001', '2001:0:0:1::1', '§4.2.3 longest run wins'],
    ['0000:0000:0000:0000:0000:0000:0000:0000', '::', 'all zeros'],
    ['0000:0000:0000:0000:0000:0000:0000:0001', '::1', 'loopback'],
    ['0001:0000:0000:0000:0000:0000:0000:0000', '1::', 'trailing run'],
    ['20ab:0000:0000:0000:0000:0000:0000:00cd', '20ab::cd', '§4.3 lower case'],
    [
      '0000:0000:0000:0000:0000:ffff:c000:0201',
      '::ffff:192.0.2.1',
      '§5 IPv4-mapped in dotted form',
    ],
    ['0000:0000:0000:0000:0000:0000:c000:0201', '::c000:201', 'IPv4-compatible stays hex'],
  ];
  test.for(cases)('formatAddress() writes %s as %s (%s)', ([hex, text]) => {
    expect(formatAddress(v6(hex))).toBe(text);
  });

  test('formatAddress() writes an IPv4-mapped value in hex when told it is not an address', () => {
    expect(
      formatAddress(v6('0000:0000:0000:0000:0000:ffff:ffff:ffff'), { dottedIpv4Tail: false }),
    ).toBe('::ffff:ffff:ffff');
  });
});
