import { describe, expect, test } from 'vitest';
import { onTerminal } from '../helpers/pty.js';
import { spawnCli } from '../helpers/spawn-cli.js';
import { labOwners, labsBeforeEachTest } from './_lab-helpers.js';

const labsBefore = labsBeforeEachTest();

describe('netlab lab up --foreground and lab shell', { timeout: 60_000 }, () => {
  test('a shell on A through a terminal sees A eth0 address; Ctrl-C on the foreground lab removes it', async () => {
    const name = `f${process.pid}`;
    const lab = spawnCli(['lab', 'up', '--foreground', '--name', name]);
    await lab.waitForStdout((out) => (out.includes('Ctrl-C removes the lab') ? true : undefined));
    expect(await labOwners()).toHaveLength(labsBefore().length + 1);

    const shell = await onTerminal(
      ['lab', 'shell', 'A', '--name', name],
      [['# ', 'ip -o -4 addr show dev eth0; exit 7\n']],
      { env: { SHELL: '/bin/sh' }, timeoutSeconds: 20 },
    );
    expect(shell.text).toMatch(/eth0\s+inet 192\.168\.1\.10\/24/);
    expect(shell.exitCode).toBe(1);

    lab.child.kill('SIGINT');
    const exit = await lab.exit;
    // 130: netlab's exit after Ctrl-C, as a shell reports it (128 + SIGINT).
    expect(exit.code).toBe(130);
    expect(await labOwners()).toEqual(labsBefore());
  });
});
