import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NETLAB_BIN } from './run-cli.js';

const DRIVER = fileURLToPath(new URL('./pty-driver.py', import.meta.url));

/** Python 3 is there to drive a pseudo-terminal. */
export function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What the pseudo-terminal showed, and how netlab exited. */
export interface Screen {
  readonly output: string;
  readonly code: number;
}

/**
 * Runs `netlab ARGS` on a real pseudo-terminal (80x24) and plays `script`: for each pair, wait
 * until the text appears, then type the keys.
 */
export function onTerminal(
  args: readonly string[],
  script: readonly (readonly [string, string])[],
): Promise<Screen> {
  const command = ['env', 'NO_COLOR=1', 'LANG=C', process.execPath, NETLAB_BIN, ...args];
  return new Promise((resolve, reject) => {
    execFile('python3', [DRIVER, JSON.stringify(script), ...command], (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as Screen);
    });
  });
}
