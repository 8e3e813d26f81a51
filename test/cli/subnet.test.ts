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
      version: 6,
      prefix: 64,
      mask: 'ffff:ffff:ffff:ffff::',
      wildcard: '::ffff:ffff:ffff:ffff',
      network: '2001:db8::',
      broadcast: null,
      firstHost: '2001:db8::1',
      lastHost: '2001:db8::ffff:ffff:ffff:ffff',
      hosts: '18446744073709551615',
      expanded: '2001:0db8:0000:0000:0000:0000:0000:abcd',
      reversePointer: 'd.c.b.a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
      historicClass: null,
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
      'a mask given twice (a split of a block written with host bits)',
      ['192.168.1.5/24', '255.0.0.0'],
      'cannot read "192.168.1.5/24" as a block: host bits are set (192.168.1.5 is a host in 192.168.1.0/24); write the network, 192.168.1.0/24',
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

describe('netlab subnet splits a block and cuts a range into blocks', () => {
  test('netlab subnet 192.168.1.0/24 /26 lists four subnets with hosts and broadcast', async () => {
    const result = await runCli(['subnet', '192.168.1.0/24', '/26']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '192.168.1.0/24 split into /26: 4 subnets of 64 addresses, 62 usable hosts each',
      '#  subnet            first host     last host      broadcast',
      '1  192.168.1.0/26    192.168.1.1    192.168.1.62   192.168.1.63',
      '2  192.168.1.64/26   192.168.1.65   192.168.1.126  192.168.1.127',
      '3  192.168.1.128/26  192.168.1.129  192.168.1.190  192.168.1.191',
      '4  192.168.1.192/26  192.168.1.193  192.168.1.254  192.168.1.255',
      '',
    ]);
  });

  test('netlab subnet BLOCK --count 3 rounds up to 4 and says why', async () => {
    const result = await runCli(['subnet', '192.168.1.0/24', '--count', '3']);
    expect(result.stdout).toContain(
      '3 asked for: equal subnets come in powers of two, so 4, and 1 spare',
    );
    expect(result.stdout).toContain('4  192.168.1.192/26');
  });

  test('netlab subnet 10.0.0.0/8 /28 (2^20 subnets) lists 256 and names the rest and the last', async () => {
    const result = await runCli(['subnet', '10.0.0.0/8', '/28']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2 + 256 + 1);
    expect(lines.at(-1)).toBe(
      '… 1048320 more, up to 10.255.255.240/28 (--limit N lists up to 65536)',
    );
  });

  test('netlab subnet --json of a split writes one record a subnet, numbered of the total', async () => {
    const result = await runCli(['subnet', '2001:db8::/32', '/64', '--limit', '2', '--json']);
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(2);
    expect(records[1]).toStrictEqual({
      version: 6,
      block: '2001:db8:0:1::/64',
      network: '2001:db8:0:1::',
      prefix: 64,
      first: '2001:db8:0:1::',
      last: '2001:db8:0:1:ffff:ffff:ffff:ffff',
      addresses: '18446744073709551616',
      index: 2,
      of: 4294967296,
      firstHost: '2001:db8:0:1::1',
      lastHost: '2001:db8:0:1:ffff:ffff:ffff:ffff',
      broadcast: null,
      hosts: '18446744073709551615',
    });
  });

  test('netlab subnet of a split fits 80 columns for IPv4 and IPv6', async () => {
    const results = await Promise.all([
      runCli(['subnet', '255.255.255.0/24', '/32', '--limit', '3']),
      runCli(['subnet', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/120', '/128', '--limit', '3']),
      runCli(['subnet', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:0/112', '--count', '4']),
    ]);
    for (const result of results) {
      expect(result.code).toBe(0);
      for (const line of result.stdout.split('\n'))
        expect([...line].length).toBeLessThanOrEqual(80);
    }
  });

  test('netlab subnet 10.0.0.5-10.0.0.20 --json writes one block a line', async () => {
    const result = await runCli(['subnet', '10.0.0.5-10.0.0.20', '--json']);
    expect(result.code).toBe(0);
    const blocks = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).block);
    expect(blocks).toEqual([
      '10.0.0.5/32',
      '10.0.0.6/31',
      '10.0.0.8/29',
      '10.0.0.16/30',
      '10.0.0.20/32',
    ]);
  });

  const refused: [string, string[], string][] = [
    [
      'a shorter prefix',
      ['10.0.0.0/16', '/8'],
      'cannot split 10.0.0.0/16: /8 is shorter than /16, so each piece would be larger than the block; give a prefix from /16 to /32 (to join blocks, use "netlab summarize")',
    ],
    [
      '--count and a prefix together',
      ['10.0.0.0/16', '/24', '--count', '4'],
      'cannot use the prefix "/24" with --count "4": each gives the size of the subnets; give one or the other',
    ],
    [
      '--count 0',
      ['10.0.0.0/16', '--count', '0'],
      'cannot read --count "0": write a whole number from 1 up, in decimal digits',
    ],
    [
      '--limit over the maximum',
      ['10.0.0.0/8', '/24', '--limit', '65537'],
      'cannot read --limit "65537": it is over 65536, the most it can be',
    ],
    [
      '--limit without a split',
      ['10.0.0.1/8', '--limit', '5'],
      'cannot use --limit "5" with one subnet: --limit is for a split, such as "netlab subnet 10.0.0.0/8 /16"',
    ],
    [
      'a range with a mask',
      ['10.0.0.5-10.0.0.20', '/24'],
      'cannot use the mask "/24" with the range "10.0.0.5-10.0.0.20": a range is cut into blocks by itself; give it alone',
    ],
    [
      'a backwards range',
      ['10.0.0.20-10.0.0.5'],
      'cannot read range "10.0.0.20-10.0.0.5": it runs backwards (10.0.0.20 comes after 10.0.0.5); write the lower address first',
    ],
    [
      '--count with --stdin',
      ['--stdin', '--count', '2'],
      'cannot use --count "2" with --stdin: a batch answers one subnet a line',
    ],
  ];
  test.for(refused)('netlab subnet refuses %s with exit 2', async ([, args, message]) => {
    const result = await runCli(['subnet', ...args]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `netlab: ${message}\n` });
  });
});
