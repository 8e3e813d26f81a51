import process from 'node:process';
import type { Io } from './io.js';

/** The real process as an Io: the only place netlab reads the process' streams and environment. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    columns: process.stdout.columns || 80,
    env: process.env,
    cwd: process.cwd(),
  };
}
