import { Readable, Writable } from 'node:stream';
import type { CommandContext } from '../../src/core/command-context.js';
import type { Io } from '../../src/core/io.js';

/** An Io backed by memory, with what was written readable as text the moment it is written. */
export interface MemoryIo extends Io {
  readonly out: () => string;
  readonly err: () => string;
}

/** A stream that keeps what is written, synchronously, so a test can slice it per action. */
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

/**
 * Builds an in-memory Io for running `main`, a command or a renderer without spawning a
 * process: a pipe, 80 columns wide, with `input` (if given) on stdin.
 */
export function memoryIo(overrides: Partial<Io> & { input?: string } = {}): MemoryIo {
  const stdout = recorder();
  const stderr = recorder();
  const { input, ...rest } = overrides;
  return {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(input === undefined ? [] : [input]),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    columns: 80,
    env: {},
    cwd: process.cwd(),
    interrupt: () => {},
    ...rest,
    out: stdout.text,
    err: stderr.text,
  };
}

/** A command context over `io` for calling a demo or a narrator directly: no colour, never aborted. */
export function memoryContext(io: Io, options: { readonly json: boolean }): CommandContext {
  return {
    io,
    json: options.json,
    color: false,
    signal: new AbortController().signal,
    runCommand: async () => 0,
  };
}
