import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { installed } from './installed.js';
import { NETLAB_BIN } from './run-cli.js';

const DRIVER = fileURLToPath(new URL('./pty-drive.py', import.meta.url));

/** Python 3 drives the pseudo-terminal; the tests that need one skip by name without it. */
export const hasPty = installed('python3');

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

export interface PtyOptions {
  /** netlab's arguments; none opens the interactive menu. */
  readonly args?: readonly string[];
  /** Added to the test's environment; NO_COLOR=1 unless given. */
  readonly env?: Record<string, string>;
  readonly columns?: number;
  readonly rows?: number;
  /** How long each step waits for its text, and the program for its exit, in seconds. */
  readonly timeoutSeconds?: number;
}

/** Keys as a terminal sends them. */
export const KEY = {
  down: '\u001b[B',
  up: '\u001b[A',
  enter: '\r',
  escape: '\u001b',
  ctrlC: '\u0003',
} as const;

/**
 * Runs the built netlab in a pseudo-terminal (80x24 unless told) and plays the steps, as a
 * person at the keyboard would; test/helpers/pty-drive.py is the terminal.
 */
export function drivePty(steps: readonly PtyStep[], options: PtyOptions = {}): Promise<PtyResult> {
  const config = {
    argv: [process.execPath, NETLAB_BIN, ...(options.args ?? [])],
    env: { NO_COLOR: '1', ...options.env },
    columns: options.columns ?? 80,
    rows: options.rows ?? 24,
    timeout: options.timeoutSeconds ?? 10,
    steps,
  };
  return new Promise((resolve, reject) => {
    execFile('python3', [DRIVER, JSON.stringify(config)], (error, stdout, stderr) => {
      if (error) reject(new Error(`pty driver failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as PtyResult);
    });
  });
}

/** The same, with the steps written as [text to wait for, keys to type] pairs. */
export function onTerminal(
  args: readonly string[],
  script: readonly (readonly [string, string])[],
  options: Omit<PtyOptions, 'args'> = {},
): Promise<PtyResult> {
  const steps = script.map(([waitFor, send]) => ({ waitFor, send }));
  return drivePty(steps, { ...options, args, env: { LANG: 'C', ...options.env } });
}
