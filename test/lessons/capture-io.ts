import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/core/io.js';

/** An Io whose output is recorded the moment it is written, so a test can slice it per action. */
export interface CaptureIo extends Io {
  /** Everything written to stdout so far. */
  readonly out: () => string;
  readonly err: () => string;
}

function recorder(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      callback();
    },
  });
  return { stream, text: () => text };
}

/** Builds an in-memory Io that records stdout and stderr synchronously. */
export function captureIo(overrides: Partial<Io> = {}): CaptureIo {
  const stdout = recorder();
  const stderr = recorder();
  return {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from([]),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    columns: 80,
    env: {},
    cwd: process.cwd(),
    interrupt: () => {},
    ...overrides,
    out: stdout.text,
    err: stderr.text,
  };
}
