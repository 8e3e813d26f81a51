import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('netlab summarize', () => {
  test('netlab summarize joins two /24s into a /23 and keeps the rest apart', async () => {
    const result = await runCli([
      'summarize',
      '192.168.0.0/24',
      '192.168.1.0/24',
      '192.168.3.0/24',
    ]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '3 items summarised into 2 blocks, 768 addresses:',
        '#  block           first        last           addresses',
        '1  192.168.0.0/23  192.168.0.0  192.168.1.255  512',
        '2  192.168.3.0/24  192.168.3.0  192.168.3.255  256',
        '',
      ].join('\n'),
    });
  });

  test('netlab summarise (alias) --json takes addresses and ranges, one block a line', async () => {
    const result = await runCli(['summarise', '10.0.0.0', '10.0.0.1-10.0.0.3', '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '{"version":4,"block":"10.0.0.0/30","network":"10.0.0.0","prefix":30,"first":"10.0.0.0","last":"10.0.0.3","addresses":4}\n',
    );
  });

  test('netlab summarize of IPv6 output fits 80 columns', async () => {
    const result = await runCli([
      'summarize',
      'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/121',
      'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff80/121',
      'ffff:ffff:ffff:ffff:ffff:ffff:ffff:fe00/128',
    ]);
    expect(result.code).toBe(0);
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(result.stdout).toContain('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/120');
  });

  const refused: [string, string[], string][] = [
    [
      'nothing',
      [],
      'summarize needs blocks to join, e.g. "netlab summarize 192.168.0.0/24 192.168.1.0/24"',
    ],
    [
      'mixed versions',
      ['10.0.0.0/8', '::/0'],
      'cannot summarise IPv6 "::/0" with IPv4 "10.0.0.0/8": summarise each version on its own',
    ],
    [
      'host bits',
      ['10.0.0.1/8'],
      'cannot read "10.0.0.1/8" as a block: host bits are set (10.0.0.1 is a host in 10.0.0.0/8); write the network, 10.0.0.0/8',
    ],
  ];
  test.for(refused)('netlab summarize refuses %s with exit 2', async ([, args, message]) => {
    const result = await runCli(['summarize', ...args]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `netlab: ${message}\n` });
  });
});
