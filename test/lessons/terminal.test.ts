import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { NETLAB_BIN } from '../helpers/run-cli.js';

const DRIVER = fileURLToPath(new URL('./pty-driver.py', import.meta.url));

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What the pseudo-terminal showed, and how the lesson exited. */
interface Screen {
  readonly output: string;
  readonly code: number;
}

/**
 * Runs `netlab ARGS` on a real pseudo-terminal (80 columns) and plays `script`: for each pair,
 * wait until the text appears, then type the keys.
 */
function onTerminal(args: readonly string[], script: readonly [string, string][]): Promise<Screen> {
  const command = ['env', 'NO_COLOR=1', 'LANG=C', process.execPath, NETLAB_BIN, ...args];
  return new Promise((resolve, reject) => {
    execFile('python3', [DRIVER, JSON.stringify(script), ...command], (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as Screen);
    });
  });
}

const NEXT = 'Enter: next, b: back, q: quit';

describe.skipIf(!hasPython())('netlab lesson on a real terminal', () => {
  test('pauses after each step: Enter goes on, b goes back, q quits', async () => {
    const screen = await onTerminal(
      ['lesson', 'ports'],
      [
        [NEXT, '\r'],
        [NEXT, 'b'],
        [NEXT, 'q'],
      ],
    );
    expect(screen.code).toBe(0);
    expect(screen.output.match(/\[1\/5\] A port finds the program/g)).toHaveLength(2);
    expect(screen.output.match(/\[2\/5\] Three ranges/g)).toHaveLength(1);
    expect(screen.output).toContain('$ netlab port 80 3306 50000');
    expect(screen.output).not.toContain('[3/5]');
    expect(screen.output).not.toContain('Check your understanding');
  });

  test('asks the questions at the end and checks each reply against the calculator', async () => {
    const prompt = '   > ';
    const screen = await onTerminal(
      ['lesson', 'ports'],
      [
        [NEXT, '\r'],
        [NEXT, '\r'],
        [NEXT, '\r'],
        [NEXT, '\r'],
        [NEXT, '\r'],
        [prompt, '1\r'],
        [prompt, '3\r'],
        [prompt, 'x\r'],
        ['Please type one of the numbers in the list', ''],
        [prompt, '3\r'],
        [prompt, 'n\r'],
      ],
    );
    expect(screen.code).toBe(0);
    expect(screen.output).toContain('1. Which range is port 443 in? (type a number from the list)');
    expect(screen.output).toContain('Not quite: the answer is registered (1024-49151).');
    expect(screen.output).toContain('You answered 3 of 4 correctly.');
    expect(screen.output).toContain('End of lesson "ports".');
  });

  test('speaks Chinese with --lang zh, prompt included', async () => {
    const screen = await onTerminal(
      ['lesson', 'ports', '--lang', 'zh'],
      [['回车：下一步，b：上一步，q：退出', 'q']],
    );
    expect(screen.code).toBe(0);
    expect(screen.output).toContain('[1/5] 端口用来找程序');
  });

  test('--no-pause plays straight through even on a terminal', async () => {
    const screen = await onTerminal(['lesson', 'ports', '--no-pause'], []);
    expect(screen.code).toBe(0);
    expect(screen.output).not.toContain(NEXT);
    expect(screen.output).toContain('End of lesson "ports".');
  });
});
