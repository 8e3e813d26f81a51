import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { NETLAB_BIN } from '../helpers/run-cli.js';
import { events, labOwners } from './_lab-helpers.js';

const isRoot = process.getuid?.() === 0;

/** Runs the built netlab as user nobody (65534), with no supplementary groups. */
function runAsNobody(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, NETLAB_BIN, ...args],
      {
        cwd: '/tmp',
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Proves the rootless path: run as root (CI), it drops to nobody; as an ordinary user the other
// lab tests already run without root.
describe.runIf(isRoot)('netlab lab as user nobody', { timeout: 60_000 }, () => {
  test('the arp experiment runs without root and captures the ARP exchange', async () => {
    const before = await labOwners();
    const result = await runAsNobody(['lab', 'arp', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const arp = events(result.stdout).filter(
      (event) => event.event === 'frame' && (event.frame as { kind: string }).kind === 'arp',
    );
    expect(arp).toHaveLength(2);
    expect(await labOwners()).toEqual(before);
  });
});
