import type { ExitCode } from './exit-code.js';

/** Options shared by every netlab error. */
export interface NetlabErrorOptions {
  /** The underlying error, kept for debugging. */
  cause?: unknown;
}

/**
 * A failure the user should read about: it has a stable `code`, a one-line message and an exit
 * code. Plain `NetlabError` is a runtime failure (exit 1), such as a refused connection.
 */
export class NetlabError extends Error {
  override name: string = 'NetlabError';
  readonly code: string;
  readonly exitCode: ExitCode = 1;

  constructor(code: string, message: string, options: NetlabErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

/** Bad input or usage: a value the user typed is wrong (exit 2). */
export class InputError extends NetlabError {
  override name = 'InputError' as const;
  override readonly exitCode = 2;
}

/** A broken invariant inside netlab: a bug, reported as one (exit 1). */
export class InternalError extends NetlabError {
  override name = 'InternalError' as const;
}

/** Whether a thrown value is one of netlab's own errors. */
export function isNetlabError(error: unknown): error is NetlabError {
  return error instanceof NetlabError;
}
