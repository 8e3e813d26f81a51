import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('netlab arp', () => {
  test('netlab arp plays A to B twice and then 8.8.8.8 through the gateway', async () => {
    const result = await runCli(['arp']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain('Send 1: A (192.168.1.10) -> 192.168.1.20');
    expect(result.stdout).toContain(
      'A (192.168.1.10) broadcasts an ARP request: "Who has 192.168.1.20? Tell',
    );
    expect(result.stdout).toContain(
      'A (192.168.1.10) finds 192.168.1.20 in its ARP cache: 02:00:00:00:00:14.',
    );
    expect(result.stdout).toContain(
      'Different networks: A hands the packet to its gateway R (192.168.1.1).',
    );
    expect(result.stdout).toContain('Step 13/13');
  });

  test('netlab arp --json prints the steps with the LAN state after each', async () => {
    const result = await runCli([
      'arp',
      '--from',
      '192.168.1.30',
      '--to',
      '192.168.1.10',
      '--json',
    ]);
    const run = JSON.parse(result.stdout);
    expect(result.code).toBe(0);
    expect(run.sends).toEqual([
      { from: '192.168.1.30', to: '192.168.1.10' },
      { from: '192.168.1.30', to: '192.168.1.10' },
    ]);
    expect(run.steps.map((step: { kind: string }) => step.kind)).toEqual([
      'route',
      'lookup',
      'frame',
      'frame',
      'frame',
      'route',
      'lookup',
      'frame',
    ]);
    expect(run.steps[2].switch).toEqual({
      learning: 'new',
      action: 'flood',
      reason: 'broadcast',
      egress: [1, 2, 3],
    });
    expect(run.steps.at(-1).state.macTable).toEqual([
      { port: 2, mac: '02:00:00:00:00:0a' },
      { port: 4, mac: '02:00:00:00:00:1e' },
    ]);
  });

  test('netlab arp --to outside the LAN ARPs for the gateway', async () => {
    const result = await runCli(['arp', '--to', '10.0.0.5', '--json']);
    const run = JSON.parse(result.stdout);
    expect(run.steps[0]).toMatchObject({
      via: 'gateway',
      nextHop: '192.168.1.1',
      sameNetwork: false,
    });
    expect(run.steps[2].frame.arp).toMatchObject({ operation: 'request', targetIp: '192.168.1.1' });
  });

  test('netlab arp --lang zh narrates in Chinese', async () => {
    const result = await runCli(['arp', '--lang', 'zh']);
    expect(result.stdout).toContain('广播 ARP 请求');
  });

  test.for([
    [
      ['--from', '10.0.0.5'],
      'netlab: cannot simulate sending from 10.0.0.5 to 192.168.1.10: no machine on the simulated LAN has 10.0.0.5; choose one of 192.168.1.1 (R), 192.168.1.10 (A), 192.168.1.20 (B), 192.168.1.30 (C)\n',
    ],
    [
      ['--to', '192.168.1.255'],
      'netlab: cannot simulate sending from 192.168.1.10 to 192.168.1.255: it is the broadcast address of 192.168.1.0/24: it goes to ff:ff:ff:ff:ff:ff with no ARP\n',
    ],
  ] as const)('netlab arp %s exits 2 with the reason', async ([args, message]) => {
    const result = await runCli(['arp', ...args]);
    expect([result.code, result.stdout, result.stderr]).toEqual([2, '', message]);
  });

  test('netlab arp --to with a bad address exits 2 with the parser’s reason', async () => {
    const result = await runCli(['arp', '--to', '192.168.1.300']);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(
      /^netlab: cannot parse address "192\.168\.1\.300": octet "300" is over 255/,
    );
  });

  test('netlab arp --mask with holes in it exits 2', async () => {
    const result = await runCli(['arp', '--mask', '255.0.255.0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^netlab: cannot parse mask "255\.0\.255\.0": ones must be contiguous/,
    );
  });
});
