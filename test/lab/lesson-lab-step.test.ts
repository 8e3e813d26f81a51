import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { labOwners, labsBeforeEachTest } from './_lab-helpers.js';

const labsBefore = labsBeforeEachTest();

describe('a lesson step on a real LAN', { timeout: 90_000 }, () => {
  test('lesson arp --lab runs the ARP experiment in namespaces: the kernel frames, then no lab left', async () => {
    const { stdout, code } = await runCli(['lesson', 'arp', '--no-pause', '--lab']);
    expect(code).toBe(0);
    expect(stdout).toContain('$ netlab lab arp');
    expect(stdout).toContain('ARP  request: who has 192.168.1.20? tell 192.168.1.10');
    expect(stdout).toContain('ARP  reply: 192.168.1.20 is at 02:00:00:00:00:14');
    // The real experiment took the simulation's place.
    expect(stdout).not.toContain('$ netlab arp --from 192.168.1.10 --to 192.168.1.20');
    expect(stdout).not.toContain('The simulation stands in');
    expect(await labOwners()).toEqual(labsBefore());
  });

  test('lesson arp --lang zh --lab narrates the experiment in Chinese', async () => {
    const { stdout, code } = await runCli(['lesson', 'arp', '--lang', 'zh', '--no-pause', '--lab']);
    expect(code).toBe(0);
    expect(stdout).toContain('$ netlab lab arp --lang zh');
    expect(stdout).toContain('ARP  请求：谁是 192.168.1.20？请告诉 192.168.1.10');
    expect(stdout).toContain('  检查：ARP 帧');
    expect(stdout).not.toContain('A pings B on one switch');
    expect(await labOwners()).toEqual(labsBefore());
  });

  test('lesson arp --no-lab keeps the simulation and says so', async () => {
    const { stdout, code } = await runCli(['lesson', 'arp', '--no-pause', '--no-lab']);
    expect(code).toBe(0);
    expect(stdout).toContain('$ netlab arp --from 192.168.1.10 --to 192.168.1.20');
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      '(With --no-lab the simulation stands in for the real LAN of "netlab lab arp".)',
    );
  });
});
