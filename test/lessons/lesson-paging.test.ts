import { describe, expect, test } from 'vitest';
import { hasPty, onTerminal } from '../helpers/pty.js';

const NEXT = 'Enter: next, b: back, q: quit';
const MORE = '-- more (space/Enter next, q quit) --';

describe.skipIf(!hasPty)('a lesson on a terminal keeps long output on the screen', () => {
  test('the ARP simulation a step runs stops after its first frame, and q ends only the simulation', async () => {
    const screen = await onTerminal(
      ['lesson', 'arp', '--no-lab'],
      [
        [NEXT, '\r'],
        [NEXT, '\r'],
        ['-- 1/', 'q'],
        [NEXT, 'q'],
      ],
    );
    expect(screen.failedStep).toBeNull();
    expect(screen.exitCode).toBe(0);
    expect(screen.text).toContain('$ netlab arp --from 192.168.1.10 --to 192.168.1.20');
    expect(screen.text).toContain('LAN 192.168.1.0/24');
    expect(screen.text).not.toContain('Step 1/');
  });

  test('an action taller than the terminal is paged, and the step goes on after it', async () => {
    // Step 2 runs "netlab port 80 3306 50000": 31 lines, on a terminal of 24 rows.
    const rows = 24;
    const screen = await onTerminal(
      ['lesson', 'ports'],
      [
        [NEXT, '\r'],
        [MORE, ' '],
        [NEXT, 'q'],
      ],
      { rows },
    );
    expect(screen.failedStep).toBeNull();
    expect(screen.exitCode).toBe(0);
    const command = screen.raw.indexOf('$ netlab port 80 3306 50000');
    const firstPage = screen.raw.slice(command, screen.raw.indexOf(MORE)).split('\n');
    // The command line itself, then at most a screenful less the prompt's row.
    expect(firstPage.length - 2).toBeLessThanOrEqual(rows - 1);
    expect(screen.raw.lastIndexOf(NEXT)).toBeGreaterThan(screen.raw.indexOf(MORE));
  });

  test('played straight through on a terminal, the simulation a step runs prints whole and asks nothing', async () => {
    const screen = await onTerminal(['lesson', 'arp', '--no-lab', '--no-pause'], []);
    expect(screen.exitCode).toBe(0);
    const steps = [...screen.text.matchAll(/Step (\d+)\/(\d+)/g)];
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.at(-1)?.[1]).toBe(steps.at(-1)?.[2]);
    expect(screen.text).not.toContain('-- 1/');
    expect(screen.text).not.toContain(MORE);
  });
});
