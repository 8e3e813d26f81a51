import process from 'node:process';
import type { Io } from '../core/io.js';

/**
 * The real process as an Io: the only place netlab reads the process' streams and environment.
 * stdin and stderr (and whether they are terminals) are looked at on first use: most commands
 * never read stdin, and opening it costs a millisecond or more at start-up (a file stream when it
 * is /dev/null). `interrupt` is what the bin does on SIGINT, for Ctrl-C read as a key.
 */
export function processIo(interrupt: () => void): Io {
  return {
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    columns: process.stdout.columns || 80,
    ...(process.stdout.rows ? { rows: process.stdout.rows } : {}),
    env: process.env,
    cwd: process.cwd(),
    interrupt,
  };
}
