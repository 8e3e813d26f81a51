import { describe, expect, test } from 'vitest';
import { drivePty } from '../helpers/pty.js';
import { runCli } from '../helpers/run-cli.js';

const ARGS = ['same-subnet', '192.168.1.10/24', '192.168.1.200/25'];
const ESCAPE = '\u001b[';

/** The pseudo-terminal's text as the piped output has it: LF line ends, no trailing newline. */
function plain(text: string): string {
  return text.replace(/\r\n/g, '\n').trimEnd();
}

describe('colour is decided at the edge', () => {
  test('on a terminal the network bits are cyan and the host bits dim', async () => {
    const result = await drivePty([], { args: ARGS, env: { NO_COLOR: '' } });
    expect(result.exitCode).toBe(0);
    expect(result.raw).toContain(
      '\u001b[36m11000000.10101000.00000001\u001b[39m|\u001b[2m00001010',
    );
  });

  test('the coloured table reads the same as the plain one once the colour is taken off', async () => {
    const [terminal, piped] = await Promise.all([
      drivePty([], { args: ARGS, env: { NO_COLOR: '' } }),
      runCli(ARGS),
    ]);
    expect(plain(terminal.text)).toBe(piped.stdout.trimEnd());
  });

  test.for([
    ['--no-color', [...ARGS, '--no-color'], {}],
    ['NO_COLOR=1', ARGS, { NO_COLOR: '1' }],
  ] as const)('on a terminal, %s turns colour off', async ([, args, env]) => {
    const result = await drivePty([], { args, env: { NO_COLOR: '', ...env } });
    expect(result.exitCode).toBe(0);
    expect(result.raw).toContain('11000000.10101000.00000001|00001010');
    expect(result.raw).not.toContain(ESCAPE);
  });

  test('an empty NO_COLOR does not turn colour off (no-color.org: only a non-empty value)', async () => {
    const result = await drivePty([], { args: ['mask', '/24'], env: { NO_COLOR: '' } });
    expect(result.raw).toContain(ESCAPE);
  });

  test('output to a pipe is never coloured, even with FORCE_COLOR set', async () => {
    const result = await runCli(ARGS, { env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESCAPE);
  });
});
