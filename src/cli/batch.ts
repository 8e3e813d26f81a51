import { createInterface } from 'node:readline';
import { type ExitCode, isNetlabError } from '../errors.js';
import type { CommandContext } from './command.js';

/** The error record written for a batch line that could not be answered. */
export interface BatchErrorRecord {
  readonly line: number;
  readonly input: string;
  readonly error: string;
}

/** How one batch command answers a line: render for humans, or a JSON-able record. */
export interface BatchHandler<R> {
  /** Parses and computes one line; throws InputError for bad input. */
  readonly compute: (line: string) => R;
  readonly renderText: (result: R, input: string) => string;
  readonly toJson: (result: R) => unknown;
}

/**
 * Streams stdin one line at a time through `handler`, writing one result per line (NDJSON with
 * --json). A bad line yields an error record and the run goes on; the exit code is then 2.
 * Memory stays bounded: nothing is kept between lines, and writes wait on backpressure.
 */
export async function runBatch<R>(
  handler: BatchHandler<R>,
  context: CommandContext,
): Promise<ExitCode> {
  const { io, json } = context;
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let exitCode: ExitCode = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    let output: string;
    try {
      const result = handler.compute(raw);
      output = json ? JSON.stringify(handler.toJson(result)) : handler.renderText(result, raw);
    } catch (error) {
      if (!isNetlabError(error)) throw error;
      exitCode = 2;
      const record: BatchErrorRecord = { line: lineNumber, input: raw, error: error.message };
      output = json ? JSON.stringify(record) : `line ${lineNumber}: netlab: ${error.message}`;
    }
    if (!io.stdout.write(`${output}\n`)) {
      await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
    }
  }
  return exitCode;
}
