import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { onTestFinished } from 'vitest';
import { NETLAB_BIN } from './run-cli.js';

/** How a spawned netlab ended, with everything it printed. */
export interface CliExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A running netlab binary whose output can be awaited while it runs. */
export interface SpawnedCli {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves once it exited and its output streams closed. */
  readonly exit: Promise<CliExit>;
  /** Resolves with the first defined result of `find` over the stdout so far, checked on every chunk; rejects if it exits first. */
  readonly waitForStdout: <T>(find: (stdout: string) => T | undefined) => Promise<T>;
}

/** Spawns the built binary without colour; it is killed when the test ends if still running. */
export function spawnCli(args: readonly string[]): SpawnedCli {
  return spawnProgram(process.execPath, [NETLAB_BIN, ...args]);
}

/**
 * Spawns `command ...args` without colour (netlab, or a peer such as a Python server); it is
 * killed when the test ends if still running.
 */
export function spawnProgram(command: string, args: readonly string[]): SpawnedCli {
  const child = spawn(command, args, {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  const checks = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const check of [...checks]) check();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exit = new Promise<CliExit>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  const waitForStdout = <T>(find: (text: string) => T | undefined): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = find(stdout);
        if (found === undefined) return;
        checks.delete(check);
        resolve(found);
      };
      checks.add(check);
      check();
      void exit.then((result) =>
        reject(
          new Error(
            `${command} exited before printing what the test waits for: ${result.stdout}${result.stderr}`,
          ),
        ),
      );
    });
  return { child, stdout: () => stdout, stderr: () => stderr, exit, waitForStdout };
}
