import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The shipped bin, as `netlab` runs it once installed. */
export const NETLAB_CJS = fileURLToPath(new URL('../../dist/netlab.cjs', import.meta.url));

const DRIVER = fileURLToPath(new URL('./pty-drive.py', import.meta.url));

/** One thing a person does: wait for some text on the screen, then press some keys. */
export interface PtyStep {
  readonly waitFor?: string;
  readonly send?: string;
}

/** What the terminal showed (colour and cursor codes removed) and how the program ended. */
export interface PtyResult {
  readonly exitCode: number | null;
  readonly text: string;
  /** What the terminal received, colour and cursor codes included. */
  readonly raw: string;
  /** The step whose text never appeared, or null when all did. */
  readonly failedStep: number | null;
  readonly reason: string | null;
}

/** Keys as a terminal sends them. */
export const KEY = { down: '\u001b[B', up: '\u001b[A', enter: '\r', escape: '\u001b' } as const;

/** Runs netlab (no arguments unless given) in an 80x30 pseudo-terminal and plays the steps. */
export function drivePty(
  steps: readonly PtyStep[],
  options: { readonly args?: readonly string[]; readonly env?: Record<string, string> } = {},
): Promise<PtyResult> {
  const config = {
    argv: [process.execPath, NETLAB_CJS, ...(options.args ?? [])],
    env: { NO_COLOR: '1', ...options.env },
    columns: 80,
    rows: 30,
    timeout: 5,
    steps,
  };
  return new Promise((resolve, reject) => {
    execFile('python3', [DRIVER, JSON.stringify(config)], (error, stdout, stderr) => {
      if (error) reject(new Error(`pty driver failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as PtyResult);
    });
  });
}
