import { describe, expect, test } from 'vitest';
import { maskFacts } from '../../src/calc/mask-facts.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { renderMask } from '../../src/render/mask-table.js';
import { palette } from '../../src/render/palette.js';
import { runCli } from '../helpers/run-cli.js';

describe('netlab mask', () => {
  test('netlab mask 255.255.240.0 prints the mask table unchanged and exits 0', async () => {
    const result = await runCli(['mask', '255.255.240.0']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: renderMask(maskFacts(parseMask('255.255.240.0')), palette(false)),
    });
  });

  const sameMask: string[][] = [['/20'], ['20'], ['--wildcard', '0.0.15.255']];
  test.for(sameMask)('netlab mask %s --json gives the /20 record', async (args) => {
    const result = await runCli(['mask', ...args, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual({
      version: 4,
      prefix: 20,
      mask: '255.255.240.0',
      wildcard: '0.0.15.255',
      binary: '11111111.11111111.11110000.00000000',
      addresses: 4096,
      hosts: 4094,
    });
  });

  test('netlab mask --ipv6 /64 --json counts addresses as exact strings', async () => {
    const result = await runCli(['mask', '--ipv6', '/64', '--json']);
    expect(JSON.parse(result.stdout)).toStrictEqual({
      version: 6,
      prefix: 64,
      mask: 'ffff:ffff:ffff:ffff::',
      wildcard: '::ffff:ffff:ffff:ffff',
      binary: `${'1111111111111111:'.repeat(4)}${'0000000000000000:'.repeat(3)}0000000000000000`,
      addresses: '18446744073709551616',
      hosts: '18446744073709551615',
    });
  });

  const badInput: [string, string[], string][] = [
    [
      'a non-contiguous mask',
      ['255.0.255.0'],
      'cannot parse mask "255.0.255.0": ones must be contiguous, but they stop after bit 8 and a one comes back at bit 17 (11111111.00000000.11111111.00000000); the nearest mask is 255.0.0.0 (/8)',
    ],
    [
      'a wildcard given as a mask',
      ['0.0.0.255'],
      'cannot parse mask "0.0.0.255": ones must come first, and this is a wildcard (inverse mask) of /24 (00000000.00000000.00000000.11111111); the mask is 255.255.255.0',
    ],
    [
      'a bare prefix over 32',
      ['33'],
      'cannot parse prefix "33": an IPv4 prefix is 0 to 32, the number of network bits in a 32-bit address; a bare prefix is read as IPv4 (for IPv6, use --ipv6)',
    ],
    [
      'an IPv4 mask with --ipv6',
      ['--ipv6', '255.255.0.0'],
      'cannot parse mask "255.255.0.0": it is written as an IPv4 mask, but an IPv6 one is needed here; give a prefix such as /64',
    ],
    [
      'a hexadecimal octet',
      ['0xff.0.0.0'],
      'cannot parse mask "0xff.0.0.0": octet "0xff" is hexadecimal: inet_aton reads the address as 255.0.0.0, most tools refuse it; write decimal octets (255.0.0.0)',
    ],
    [
      'no value at all',
      [],
      'mask needs a mask or a prefix, e.g. "netlab mask 255.255.240.0" or "netlab mask /20" (or --stdin)',
    ],
    [
      'an empty mask',
      [''],
      'cannot parse mask "": it is empty; give a mask such as 255.255.255.0 or /24',
    ],
  ];
  test.for(badInput)(
    'netlab mask refuses %s with exit 2 and one stderr line',
    async ([, args, message]) => {
      const result = await runCli(['mask', ...args]);
      expect(result).toEqual({ code: 2, stdout: '', stderr: `netlab: ${message}\n` });
    },
  );
});

describe('netlab mask --stdin', () => {
  test('netlab mask --stdin answers one mask a line and reports a bad one on stderr', async () => {
    const result = await runCli(['mask', '--stdin'], {
      input: '255.255.240.0\n/24\n255.0.255.0\n',
    });
    expect(result).toEqual({
      code: 2,
      stdout: [
        '/20: mask 255.255.240.0, wildcard 0.0.15.255, 4096 addresses, 4094 usable hosts',
        '/24: mask 255.255.255.0, wildcard 0.0.0.255, 256 addresses, 254 usable hosts',
        '',
      ].join('\n'),
      stderr:
        'netlab: line 3: cannot parse mask "255.0.255.0": ones must be contiguous, but they stop after bit 8 and a one comes back at bit 17 (11111111.00000000.11111111.00000000); the nearest mask is 255.0.0.0 (/8)\n',
    });
  });

  test('netlab mask --stdin --ipv6 --json reads bare prefixes as IPv6, one record a line', async () => {
    const result = await runCli(['mask', '--stdin', '--ipv6', '--json'], { input: '64\n/48\n' });
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((record) => [record.version, record.prefix])).toEqual([
      [6, 64],
      [6, 48],
    ]);
  });

  test('netlab mask --stdin refuses a value given as an argument too', async () => {
    const result = await runCli(['mask', '/24', '--stdin']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netlab: cannot take "/24" with --stdin: the cases come from stdin, one a line\n',
    });
  });
});
