import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { type Lang, langFromEnv } from './lang.js';

/** What a running command gets besides its arguments. */
export interface CommandContext {
  readonly io: Io;
  /** Machine-readable output was asked for (`--json`). */
  readonly json: boolean;
  /** Colour is allowed: asked for, not vetoed by NO_COLOR, and stdout is a terminal. */
  readonly color: boolean;
  /**
   * The language of netlab's own words for this command line (`--lang`, else the environment's).
   * Without it a command speaks the environment's language: read it through contextLang.
   */
  readonly lang?: Lang;
  /** Aborted when the user interrupts (Ctrl-C); long-running commands close their sockets on it. */
  readonly signal: AbortSignal;
  /**
   * Runs another netlab command in-process, as if typed (lessons run their actions this way); the
   * CLI passes its own entry point in, so nothing below it imports the CLI. With `io`, the
   * command writes there instead (a lesson export captures outputs this way).
   */
  readonly runCommand: (args: readonly string[], io?: Io) => Promise<ExitCode>;
}

/** The language a command speaks: the context's, else the environment's. */
export function contextLang(context: CommandContext): Lang {
  return context.lang ?? langFromEnv(context.io.env);
}
