import {
  type CodeOfKind,
  ERROR_CATALOGUE,
  type ErrorArgs,
  type ErrorCode,
  type ErrorOptions,
  type ErrorParams,
  exitStatus,
  formatMessage,
} from './error-catalogue.js';
import type { ExitCode } from './exit-code.js';
import type { MessageValue } from './reason.js';

export type { ErrorOptions as NetlabErrorOptions };

/**
 * A failure the user should read about: a stable `code` from the error catalogue, the values its
 * message template is filled with, and the exit status the catalogue gives the code. Plain
 * `NetlabError` is a runtime failure (exit 1), such as a refused connection.
 */
export class NetlabError extends Error {
  override name: string = 'NetlabError';
  readonly code: ErrorCode;
  /** The values the message was made from, by placeholder name; a reason stays data. */
  readonly params: Readonly<Record<string, MessageValue>>;
  readonly exitCode: ExitCode;

  constructor(...[code, params, options]: ErrorArgs<CodeOfKind<'failure'>>) {
    const values: Readonly<Record<string, MessageValue>> = params ?? {};
    super(
      formatMessage(code, values as ErrorParams<typeof code>),
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.params = values;
    this.exitCode = exitStatus(ERROR_CATALOGUE[code].kind);
  }
}

/** Bad input or usage: a value the user typed is wrong (exit 2). */
export class InputError extends NetlabError {
  override name = 'InputError' as const;

  constructor(...args: ErrorArgs<CodeOfKind<'input'>>) {
    // The catalogue gives an input code exit 2; the base class takes every code that way.
    super(...(args as unknown as ErrorArgs<CodeOfKind<'failure'>>));
  }
}

/** A broken invariant inside netlab: a bug, reported as one (exit 1). */
export class InternalError extends NetlabError {
  override name = 'InternalError' as const;

  constructor(...args: ErrorArgs<CodeOfKind<'bug'>>) {
    super(...(args as unknown as ErrorArgs<CodeOfKind<'failure'>>));
  }
}

/** Whether a thrown value is one of netlab's own errors. */
export function isNetlabError(error: unknown): error is NetlabError {
  return error instanceof NetlabError;
}
