import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { onTestFinished } from 'vitest';
import { NETLAB_BIN } from '../helpers/run-cli.js';

/** A running netlab process whose output can be awaited line by line. */
export interface RunningNetlab {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves with the first match of `pattern` in stdout, as soon as it is printed. */
  readonly waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>;
  /** Resolves when it exits. */
  readonly exit: Promise<{
    code: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
  }>;
}

/** Spawns the built netlab; it is killed when the test ends if still running. */
export function spawnNetlab(args: readonly string[], cwd?: string): RunningNetlab {
  const child = spawn(process.execPath, [NETLAB_BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  const check = (): void => {
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(stdout);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    check();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exit = new Promise<{
    code: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  const waitFor = (pattern: RegExp): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      waiters.push({ pattern, resolve });
      check();
      void exit.then((result) =>
        reject(
          new Error(`netlab exited before printing ${pattern}: ${result.stdout}${result.stderr}`),
        ),
      );
    });
  return { child, waitFor, exit };
}
