import { describe, expect, test } from 'vitest';
import { parseHostSpec } from '../../src/calc/parse-host-spec.js';
import { subnetFacts } from '../../src/calc/subnet-facts.js';
import { palette } from '../../src/render/palette.js';
import { renderSubnet } from '../../src/render/subnet-table.js';
import { runCli } from '../helpers/run-cli.js';

describe('netlab subnet', () => {
  test('netlab subnet 192.168.1.77/26 prints the subnet table unchanged and exits 0', async () => {
    const result = await runCli(['subnet', '192.168.1.77/26']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: renderSubnet(subnetFacts(parseHostSpec('192.168.1.77/26')), palette(false)),
    });
  });

  test('netlab subnet ADDR MASK gives the same JSON as ADDR/PREFIX', async () => {
    const [split, joined] = await Promise.all([
      runCli(['subnet', '192.168.1.77', '255.255.255.192', '--json']),
      runCli(['subnet', '192.168.1.77/26', '--json']),
    ]);
    expect(split.code).toBe(0);
    expect(split.stdout).toBe(joined.stdout);
    expect(JSON.parse(split.stdout)).toStrictEqual({
      address: '192.168.1.77',
      prefix: 26,
      mask: '255.255.255.192',
      wildcard: '0.0.0.63',
      network: '192.168.1.64',
      broadcast: '192.168.1.127',
      firstHost: '192.168.1.65',
      lastHost: '192.168.1.126',
      hosts: 62,
    });
  });

  test('netlab subnet --json of a /31 has both hosts and no broadcast (RFC 3021)', async () => {
    const result = await runCli(['subnet', '10.0.0.1/31', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      network: '10.0.0.0',
      broadcast: null,
      firstHost: '10.0.0.0',
      lastHost: '10.0.0.1',
      hosts: 2,
    });
  });

  test('netlab subnet --json of IPv6 /64 has a null broadcast and an exact count as a string', async () => {
    const result = await runCli(['subnet', '2001:db8::abcd/64', '--json']);
    expect(JSON.parse(result.stdout)).toStrictEqual({
      address: '2001:db8::abcd',
      prefix: 64,
      mask: 'ffff:ffff:ffff:ffff::',
      wildcard: '::ffff:ffff:ffff:ffff',
      network: '2001:db8::',
      broadcast: null,
      firstHost: '2001:db8::1',
      lastHost: '2001:db8::ffff:ffff:ffff:ffff',
      hosts: '18446744073709551615',
    });
  });

  test('netlab subnet draws IPv6 binary in lines that fit 80 columns', async () => {
    const result = await runCli(['subnet', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127']);
    expect(result.code).toBe(0);
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(result.stdout).toContain('│              │ 1111111111111111:1111111111111111');
  });

  const badInput: [string, string[], string][] = [
    [
      'a missing mask',
      ['192.168.1.5'],
      'cannot work out the subnet of "192.168.1.5": no mask given; add a prefix (192.168.1.5/24) or a mask (192.168.1.5 255.255.255.0)',
    ],
    [
      'a mask given twice',
      ['192.168.1.5/24', '255.0.0.0'],
      'cannot use mask "255.0.0.0" with "192.168.1.5/24": the prefix /24 already gives the mask; give one or the other',
    ],
    [
      'a prefix over 32',
      ['1.2.3.4/33'],
      'cannot parse prefix "/33": an IPv4 prefix is 0 to 32, the number of network bits in a 32-bit address',
    ],
    [
      'a prefix over 128',
      ['2001:db8::/129'],
      'cannot parse prefix "/129": an IPv6 prefix is 0 to 128, the number of network bits in a 128-bit address',
    ],
    [
      'a dotted mask after the slash',
      ['1.2.3.4/255.255.255.0'],
      'cannot parse prefix "/255.255.255.0" in "1.2.3.4/255.255.255.0": after "/" comes a prefix length such as /24; give a mask in address form as a separate argument',
    ],
    [
      'shorthand',
      ['10.1/8'],
      'cannot parse address "10.1": an IPv4 address has four dotted octets, this has 2: inet_aton expands the shorthand to 10.0.0.1, most tools refuse it; write all four (10.0.0.1)',
    ],
    [
      'a leading zero',
      ['012.1.2.3/8'],
      'cannot parse address "012.1.2.3": octet "012" has a leading zero: inet_aton reads it as octal, making the address 10.1.2.3, while most other tools read 12.1.2.3; write octets without leading zeros',
    ],
    [
      'a hexadecimal octet',
      ['0x7f.0.0.1/8'],
      'cannot parse address "0x7f.0.0.1": octet "0x7f" is hexadecimal: inet_aton reads the address as 127.0.0.1, most tools refuse it; write decimal octets (127.0.0.1)',
    ],
    [
      'the integer form',
      ['2130706433/8'],
      'cannot parse address "2130706433": a bare number is the 32-bit integer form of an address: inet_aton reads it as 127.0.0.1, most tools refuse it; write four dotted octets (127.0.0.1)',
    ],
    [
      'an octet over 255',
      ['256.1.1.1/8'],
      'cannot parse address "256.1.1.1": octet "256" is over 255: an octet is 8 bits, so 0 to 255',
    ],
    [
      'a trailing space',
      ['1.2.3.4 ', '/8'],
      'cannot parse address "1.2.3.4 ": it has white space around it; remove it',
    ],
    [
      'an empty address',
      ['', '/8'],
      'cannot parse address "": it is empty; give an address such as 192.168.1.5 or 2001:db8::1',
    ],
    [
      'a non-contiguous mask',
      ['10.0.0.1', '255.0.255.0'],
      'cannot parse mask "255.0.255.0": ones must be contiguous, but they stop after bit 8 and a one comes back at bit 17 (11111111.00000000.11111111.00000000); the nearest mask is 255.0.0.0 (/8)',
    ],
    [
      'no address',
      [],
      'subnet needs an address and its mask, e.g. "netlab subnet 192.168.1.77/26" (or --stdin)',
    ],
  ];
  test.for(badInput)(
    'netlab subnet refuses %s with exit 2 and one stderr line',
    async ([, args, message]) => {
      const result = await runCli(['subnet', ...args]);
      expect(result).toEqual({ code: 2, stdout: '', stderr: `netlab: ${message}\n` });
    },
  );
});
