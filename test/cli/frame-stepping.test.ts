import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { drivePty, hasPty, KEY } from '../helpers/pty.js';
import { runCli } from '../helpers/run-cli.js';

const ROWS = 24;
/** A prompt the stepper draws, then the erase that follows the key (NO_COLOR: no paint). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the erase is an escape sequence
const PROMPT = /-- (?:\d+\/\d+|more|未完)[^\r\n]*--(?:\r\x1b\[2K)?/g;
/** The lines the terminal received between one prompt and the next, the last stretch included. */
function screenfuls(raw: string): number[] {
  return raw.split(PROMPT).map((stretch) => stretch.split('\n').length - 1);
}

/** What the terminal shows with the prompts taken out: the piped text, if nothing was lost. */
function withoutPrompts(raw: string): string {
  return stripVTControlCharacters(raw.replace(PROMPT, '')).replace(/\r\n/g, '\n');
}

describe.skipIf(!hasPty)(
  'on a terminal the ARP and handshake simulations step frame by frame',
  () => {
    test('netlab arp shows the LAN and waits: the first step comes only after space', async () => {
      const before = await drivePty([{ waitFor: '-- 1/14', send: 'q' }], {
        args: ['arp'],
        rows: ROWS,
      });
      expect(before.failedStep).toBeNull();
      expect(before.text).toContain('LAN 192.168.1.0/24');
      expect(before.text).not.toContain('Step 1/13');

      const after = await drivePty(
        [
          { waitFor: '-- 1/14', send: ' ' },
          { waitFor: '-- 2/14', send: 'q' },
        ],
        { args: ['arp'], rows: ROWS },
      );
      expect(after.failedStep).toBeNull();
      expect(after.text).toContain('Step 1/13');
      expect(after.text).not.toContain('Step 2/13');
    });

    test('q ends the simulation with exit 0 and Esc does too', async () => {
      for (const key of ['q', KEY.escape]) {
        const result = await drivePty([{ waitFor: '-- 1/14', send: key }], {
          args: ['arp'],
          rows: ROWS,
        });
        expect(result.exitCode).toBe(0);
      }
    });

    test('Ctrl-C at a prompt exits 130, the prompt erased and the cursor never hidden', async () => {
      const result = await drivePty([{ waitFor: '-- 1/14', send: KEY.ctrlC }], {
        args: ['arp'],
        rows: ROWS,
      });
      expect(result.exitCode).toBe(130);
      expect(result.raw.endsWith('\r\x1b[2K')).toBe(true);
      expect(result.raw).not.toContain('\x1b[?25l');
    });

    test('b goes back to the frame before', async () => {
      const result = await drivePty(
        [
          { waitFor: '-- 1/14', send: ' ' },
          { waitFor: '-- 2/14', send: 'b' },
          { waitFor: '-- 1/14', send: 'q' },
        ],
        { args: ['arp'], rows: ROWS },
      );
      expect(result.failedStep).toBeNull();
      expect(result.text.match(/LAN 192\.168\.1\.0\/24/g)).toHaveLength(2);
    });

    test.for([
      ['arp', '-- 1/14'],
      ['arp --lang zh', '-- 1/14'],
      ['handshake --data hello', '-- 1/'],
    ] as const)(
      'stepping through "netlab %s" never puts more than 23 lines between two prompts, and shows all of the piped text',
      async ([command, first]) => {
        const args = command.split(' ');
        const [terminal, piped] = await Promise.all([
          // Every key at once: the stepper reads them one by one, a prompt for each.
          drivePty([{ waitFor: first, send: ' '.repeat(60) }], { args, rows: ROWS }),
          runCli(args),
        ]);
        expect(terminal.exitCode).toBe(0);
        const counts = screenfuls(terminal.raw);
        expect(counts.length).toBeGreaterThan(5);
        expect(Math.max(...counts)).toBeLessThanOrEqual(ROWS - 1);
        expect(withoutPrompts(terminal.raw)).toBe(piped.stdout);
      },
    );

    test('piped, netlab arp prints every step at once and waits for nothing', async () => {
      const piped = await runCli(['arp']);
      expect(piped.stdout).toContain('Step 13/13');
      expect(piped.stdout).not.toContain('-- 1/14');
    });
  },
);
