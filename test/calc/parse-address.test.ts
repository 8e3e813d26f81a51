import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { formatAddress } from '../../src/calc/format-address.js';
import { parseAddress, parseIpv4, parseIpv6 } from '../../src/calc/parse-address.js';
import { refusal } from './_refusal.js';

describe('parseAddress() accepts canonical text', () => {
  const cases: [string, 4 | 6, bigint][] = [
    ['0.0.0.0', 4, 0n],
    ['192.168.1.5', 4, 0xc0a80105n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['10.0.0.1', 4, 0x0a000001n],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['2001:db8::1', 6, 0x20010db8000000000000000000000001n],
    ['2001:DB8:0:0:1:0:0:1', 6, 0x20010db8000000000001000000000001n],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', 6, 0x20010db8000000000000000000000001n],
    ['::ffff:192.0.2.1', 6, 0xffffc0000201n],
    ['::ffff:c000:201', 6, 0xffffc0000201n],
    ['1:2:3:4:5:6:7::', 6, 0x00010002000300040005000600070000n],
    ['fe80::1', 6, 0xfe800000000000000000000000000001n],
  ];
  test.for(cases)('parseAddress() reads %s', ([text, version, value]) => {
    expect(parseAddress(text)).toEqual({ version, value });
  });
});

describe('parseAddress() refuses ambiguous and broken text, and says why', () => {
  const cases: [string, string][] = [
    ['', 'it is empty; give an address such as 192.168.1.5 or 2001:db8::1'],
    [' 1.2.3.4', 'it has white space around it; remove it'],
    ['1.2.3.4\n', 'it has white space around it; remove it'],
    [
      '012.1.2.3',
      'octet "012" has a leading zero: inet_aton reads it as octal, making the address 10.1.2.3, while most other tools read 12.1.2.3; write octets without leading zeros',
    ],
    [
      '08.1.2.3',
      'octet "08" has a leading zero: inet_aton refuses it (08 is not an octal number: 8 and 9 are not octal digits), other tools read 8.1.2.3; write octets without leading zeros',
    ],
    [
      '1.2.3.04',
      'octet "04" has a leading zero, which inet_aton reads as octal (here both readings give 1.2.3.4, but 010 would be 8); write octets without leading zeros',
    ],
    [
      '127.1',
      'an IPv4 address has four dotted octets, this has 2: inet_aton expands the shorthand to 127.0.0.1, most tools refuse it; write all four (127.0.0.1)',
    ],
    [
      '0x7f.0.0.1',
      'octet "0x7f" is hexadecimal: inet_aton reads the address as 127.0.0.1, most tools refuse it; write decimal octets (127.0.0.1)',
    ],
    [
      '2130706433',
      'a bare number is the 32-bit integer form of an address: inet_aton reads it as 127.0.0.1, most tools refuse it; write four dotted octets (127.0.0.1)',
    ],
    [
      '0x7f000001',
      'a bare number is the 32-bit hexadecimal form of an address: inet_aton reads it as 127.0.0.1, most tools refuse it; write four dotted octets (127.0.0.1)',
    ],
    [
      '99999999999',
      'a bare number is the integer form of an address, and it does not fit in 32 bits; write four dotted octets',
    ],
    ['256.1.1.1', 'octet "256" is over 255: an octet is 8 bits, so 0 to 255'],
    ['1.2.3.1000', 'octet "1000" is over 255: an octet is 8 bits, so 0 to 255'],
    ['1..2.3', 'octet 2 is empty (two dots in a row, or a dot at either end)'],
    ['1.2.3.4.', 'octet 5 is empty (two dots in a row, or a dot at either end)'],
    ['.1.2.3', 'octet 1 is empty (two dots in a row, or a dot at either end)'],
    ['1.2.3.4.5', 'an IPv4 address has four dotted octets, this has 5'],
    ['1e2.0.0.1', 'octet "1e2" is not a decimal number'],
    ['-1.2.3.4', 'character "-" has no place in a dotted-decimal IPv4 address'],
    ['1.2.3.٤', 'character "٤" has no place in a dotted-decimal IPv4 address'],
    ['localhost', 'it looks like a host name; netlab takes addresses and never looks names up'],
    [
      '1.2.3.4/24',
      'a prefix length ("/24") is not part of an address here; give the address alone ("1.2.3.4")',
    ],
    [
      'fe80::1%eth0',
      'a zone index ("%eth0") names the interface a link-local address is used on; it is not part of the address, so drop it ("fe80::1")',
    ],
    [
      '::ffff:256.1.1.1',
      'its IPv4 tail "256.1.1.1" is not valid: octet "256" is over 255: an octet is 8 bits, so 0 to 255',
    ],
    [
      '::ffff:1.2.3',
      'its IPv4 tail "1.2.3" is not valid: an IPv4 address has four dotted octets, this has 3: inet_aton expands the shorthand to 1.2.0.3, most tools refuse it; write all four (1.2.0.3)',
    ],
    [
      '::ffff:127.01.0.1',
      'its IPv4 tail "127.01.0.1" is not valid: octet "01" has a leading zero, which inet_aton reads as octal (here both readings give 127.1.0.1, but 010 would be 8); write octets without leading zeros',
    ],
    ['1.2.3.4::', 'dotted IPv4 may only be written as the last 32 bits, after the last colon'],
    [
      '1.2.3.4:80',
      'it looks like an IPv4 address and a port (1.2.3.4, port 80); give the address alone',
    ],
    [
      '1::2::3',
      '"::" appears more than once; it stands for one run of zero groups, so it may appear only once',
    ],
    [':::', 'three colons in a row; "::" stands for a run of zero groups'],
    [
      '1:2:3:4:5:6:7:8:9',
      'an IPv6 address has 8 groups, this has 9 (write "::" for a run of zero groups)',
    ],
    [
      '1:2:3:4:5:6:7',
      'an IPv6 address has 8 groups, this has 7 (write "::" for a run of zero groups)',
    ],
    [
      '::1:2:3:4:5:6:7:8',
      '"::" stands for at least one zero group, but the 8 groups written already make 128 bits',
    ],
    ['12345::', 'group "12345" has 5 hex digits; a group is at most 4 (16 bits)'],
    [':1::', 'a group is empty (a single colon at either end, or ":" where "::" was meant)'],
    ['g::1', 'character "g" has no place in an IPv6 address (groups are hexadecimal: 0-9, a-f)'],
  ];
  test.for(cases)('parseAddress() refuses %j', ([text, why]) => {
    expect(refusal(() => parseAddress(text))).toBe(
      `cannot parse address ${JSON.stringify(text)}: ${why}`,
    );
  });

  test('parseAddress() cuts a very long value in its message', () => {
    const text = '1'.repeat(200);
    expect(refusal(() => parseAddress(text))).toBe(
      `cannot parse address a 200-character value starting "${'1'.repeat(64)}…": a bare number is the integer form of an address, and it does not fit in 32 bits; write four dotted octets`,
    );
  });
});

describe('parseIpv4() and parseIpv6() take one version only', () => {
  test('parseIpv4() refuses IPv6 text', () => {
    expect(refusal(() => parseIpv4('::1'))).toBe(
      'cannot parse address "::1": character ":" has no place in a dotted-decimal IPv4 address',
    );
  });

  test('parseIpv6() refuses IPv4 text', () => {
    expect(refusal(() => parseIpv6('1.2.3.4'))).toBe(
      'cannot parse address "1.2.3.4": an IPv6 address is written as groups separated by colons, and this has none',
    );
  });
});

describe('parse(format(x)) = x', () => {
  fcTest.prop([fc.bigInt({ min: 0n, max: (1n << 32n) - 1n })])(
    'every IPv4 address survives formatAddress then parseAddress',
    (value) => {
      expect(parseAddress(formatAddress({ version: 4, value }))).toEqual({ version: 4, value });
    },
  );

  fcTest.prop([fc.bigInt({ min: 0n, max: (1n << 128n) - 1n })])(
    'every IPv6 address survives formatAddress then parseAddress',
    (value) => {
      expect(parseAddress(formatAddress({ version: 6, value }))).toEqual({ version: 6, value });
    },
  );

  fcTest.prop([fc.array(fc.bigInt({ min: 0n, max: 3n }), { minLength: 8, maxLength: 8 })])(
    'IPv6 addresses with runs of zero groups survive formatAddress then parseAddress',
    (groups) => {
      const value = groups.reduce((sum, group) => (sum << 16n) | group, 0n);
      expect(parseAddress(formatAddress({ version: 6, value }))).toEqual({ version: 6, value });
    },
  );
});
