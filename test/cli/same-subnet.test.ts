import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('netlab same-subnet', () => {
  test('netlab same-subnet draws the course example and exits 0', async () => {
    const result = await runCli(['same-subnet', '192.168.1.5', '192.168.1.77', '255.255.255.0']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '┌──────────────┬───────────────┬─────────────────────────────────────┐',
        '│              │ dotted        │ binary (network | host)             │',
        '├──────────────┼───────────────┼─────────────────────────────────────┤',
        '│ A address    │ 192.168.1.5   │ 11000000.10101000.00000001|00000101 │',
        '│ A mask /24   │ 255.255.255.0 │ 11111111.11111111.11111111|00000000 │',
        '│ A AND mask   │ 192.168.1.0   │ 11000000.10101000.00000001|00000000 │',
        '│ B AND A mask │ 192.168.1.0   │ 11000000.10101000.00000001|00000000 │',
        '├──────────────┼───────────────┼─────────────────────────────────────┤',
        '│ B address    │ 192.168.1.77  │ 11000000.10101000.00000001|01001101 │',
        '│ B mask /24   │ 255.255.255.0 │ 11111111.11111111.11111111|00000000 │',
        '│ B AND mask   │ 192.168.1.0   │ 11000000.10101000.00000001|00000000 │',
        '│ A AND B mask │ 192.168.1.0   │ 11000000.10101000.00000001|00000000 │',
        '└──────────────┴───────────────┴─────────────────────────────────────┘',
        'Same subnet: both ANDs give 192.168.1.0/24.',
        'Each sees the other as local: they talk directly, no gateway.',
        '',
      ].join('\n'),
    });
  });

  test('netlab same-subnet exits 0 when the answer is "different subnets"', async () => {
    const result = await runCli(['same-subnet', '10.0.0.1', '10.0.1.1', '24']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Different subnets: the ANDs differ.');
    expect(result.stderr).toBe('');
  });

  test('netlab same-subnet --json prints the documented shape for a one-sided pair', async () => {
    const result = await runCli(['same-subnet', '192.168.1.10/24', '192.168.1.200/25', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual({
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

  test('netlab same-subnet --json answers IPv6 with masks in RFC 5952 form', async () => {
    const result = await runCli(['same-subnet', '2001:db8::1', '2001:DB8::2', '/64', '--json']);
    expect(JSON.parse(result.stdout)).toStrictEqual({
      a: {
        address: '2001:db8::1',
        mask: 'ffff:ffff:ffff:ffff::',
        prefix: 64,
        network: '2001:db8::',
      },
      b: {
        address: '2001:db8::2',
        mask: 'ffff:ffff:ffff:ffff::',
        prefix: 64,
        network: '2001:db8::',
      },
      andsEqual: true,
      sameSubnet: true,
      aSeesB: true,
      bSeesA: true,
    });
  });

  const badInput: [string, string[], string][] = [
    [
      'a leading zero',
      ['012.1.2.3', '12.1.2.4', '/24'],
      'cannot parse address "012.1.2.3": octet "012" has a leading zero: inet_aton reads it as octal, making the address 10.1.2.3, while most other tools read 12.1.2.3; write octets without leading zeros',
    ],
    [
      'shorthand',
      ['127.1', '127.0.0.2', '/8'],
      'cannot parse address "127.1": an IPv4 address has four dotted octets, this has 2: inet_aton expands the shorthand to 127.0.0.1, most tools refuse it; write all four (127.0.0.1)',
    ],
    [
      'a hexadecimal octet',
      ['0x7f.0.0.1', '127.0.0.2', '/8'],
      'cannot parse address "0x7f.0.0.1": octet "0x7f" is hexadecimal: inet_aton reads the address as 127.0.0.1, most tools refuse it; write decimal octets (127.0.0.1)',
    ],
    [
      'the integer form',
      ['2130706433', '127.0.0.2', '/8'],
      'cannot parse address "2130706433": a bare number is the 32-bit integer form of an address: inet_aton reads it as 127.0.0.1, most tools refuse it; write four dotted octets (127.0.0.1)',
    ],
    [
      'a prefix over 32',
      ['1.2.3.4/33', '1.2.3.5'],
      'cannot parse prefix "/33": an IPv4 prefix is 0 to 32, the number of network bits in a 32-bit address',
    ],
    [
      'an octet over 255',
      ['256.1.1.1', '1.2.3.4', '/24'],
      'cannot parse address "256.1.1.1": octet "256" is over 255: an octet is 8 bits, so 0 to 255',
    ],
    [
      'surrounding spaces',
      [' 1.2.3.4', '1.2.3.5', '/24'],
      'cannot parse address " 1.2.3.4": it has white space around it; remove it',
    ],
    [
      'an empty address',
      ['', '1.2.3.5', '/24'],
      'cannot parse address "": it is empty; give an address such as 192.168.1.5 or 2001:db8::1',
    ],
    [
      'a non-contiguous mask',
      ['1.2.3.4', '1.2.3.5', '255.0.255.0'],
      'cannot parse mask "255.0.255.0": ones must be contiguous, but they stop after bit 8 and a one comes back at bit 17 (11111111.00000000.11111111.00000000); the nearest mask is 255.0.0.0 (/8)',
    ],
    [
      'an IPv6 zone index',
      ['fe80::1%eth0', 'fe80::2', '/64'],
      'cannot parse address "fe80::1%eth0": a zone index ("%eth0") names the interface a link-local address is used on; it is not part of the address, so drop it ("fe80::1")',
    ],
    [
      'an IPv4-mapped address with a bad tail',
      ['::ffff:1.2.3.256', '::ffff:1.2.3.4', '/120'],
      'cannot parse address "::ffff:1.2.3.256": its IPv4 tail "1.2.3.256" is not valid: octet "256" is over 255: an octet is 8 bits, so 0 to 255',
    ],
    [
      'mixed versions',
      ['192.168.1.5', '2001:db8::1', '/24'],
      'cannot compare "192.168.1.5" and "2001:db8::1": one is IPv4 and the other IPv6, and a subnet holds addresses of one version only',
    ],
    [
      'no mask',
      ['192.168.1.5', '192.168.1.77'],
      'cannot compare "192.168.1.5" and "192.168.1.77": no mask given; add one for both (192.168.1.5 192.168.1.77 /24), one each, or write the prefix on an address (192.168.1.5/24)',
    ],
    [
      'one address',
      ['192.168.1.5'],
      'same-subnet needs two addresses and a mask, e.g. "netlab same-subnet 192.168.1.5 192.168.1.77 /24" (or --stdin)',
    ],
    [
      'addresses with --stdin',
      ['--stdin', '192.168.1.5'],
      'cannot take "192.168.1.5" with --stdin: the cases come from stdin, one a line',
    ],
  ];
  test.for(badInput)(
    'netlab same-subnet refuses %s with exit 2 and one stderr line',
    async ([, args, message]) => {
      const result = await runCli(['same-subnet', ...args]);
      expect(result).toEqual({ code: 2, stdout: '', stderr: `netlab: ${message}\n` });
    },
  );
});
