import { PassThrough, Readable } from 'node:stream';
import type { CommandContext } from '../../src/core/command-context.js';
import type { Io } from '../../src/core/io.js';

/** An Io backed by memory, with what was written readable as text. */
export interface MemoryIo extends Io {
  readonly out: () => string;
  readonly err: () => string;
}

/** Builds an in-memory Io for running `main` or a renderer without spawning a process. */
export function memoryIo(overrides: Partial<Io> & { input?: string } = {}): MemoryIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const { input, ...rest } = overrides;
  return {
    stdout,
    stderr,
    stdin: Readable.from(input === undefined ? [] : [input]),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    columns: 80,
    env: {},
    cwd: process.cwd(),
    interrupt: () => {},
    ...rest,
    out: () => out,
    err: () => err,
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
