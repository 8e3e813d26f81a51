import { escapeInvisible } from '../calc/quote-input.js';
import { errorRecord } from '../core/error-record.js';
import { InternalError, isNetlabError } from '../core/errors.js';
import type { ExitCode } from '../core/exit-code.js';
import type { Io } from '../core/io.js';
import type { Lang } from '../core/lang.js';
import { errorMessage } from '../text/error-message.js';
import { wrapText } from '../text/wrap-text.js';

declare const NETLAB_VERSION: string;
declare const NETLAB_BUGS: string;

/** The version baked in at build time; tests run from sources, where the define is absent. */
export const VERSION = typeof NETLAB_VERSION === 'string' ? NETLAB_VERSION : '0.0.0-dev';

/** Where bugs go: package.json's "bugs", baked in at build time. */
const BUGS = typeof NETLAB_BUGS === 'string' ? NETLAB_BUGS : 'the netlab maintainers';

/** Where an error's words continue on a terminal: under the first word after "netlab: ". */
const CONTINUED = ' '.repeat('netlab: '.length);

/**
 * The `netlab:` line of an error. In a pipe it stays one line, whatever its length, so scripts
 * can read it; on a terminal it wraps on word boundaries, continued lines indented.
 */
function errorLine(message: string, io: Io): string {
  const line = `netlab: ${message}`;
  if (!io.stderrIsTTY) return `${line}\n`;
  return `${wrapText(line, io.columns, { rest: CONTINUED }).join('\n')}\n`;
}

/**
 * Reports a failure: the one `netlab:` line a user sees, in `lang`, and the exit code that goes
 * with it; with --json, the error's record on stdout as well, with the English message whatever
 * the language, so that a program reading it sees the same record everywhere. An
 * error that is not netlab's own, or a broken invariant, is a bug: one line that says so, with
 * the version and where to report it, and the stack only when NETLAB_DEBUG=1.
 */
export function reportError(
  error: unknown,
  io: Io,
  { json, lang }: { readonly json: boolean; readonly lang: Lang },
): ExitCode {
  if (isNetlabError(error) && !(error instanceof InternalError)) {
    const message = errorMessage(error, lang);
    // Every message is one line; escaping here also covers text that yargs repeats (unknown options).
    io.stderr.write(errorLine(escapeInvisible(message), io));
    if (json) io.stdout.write(`${JSON.stringify(errorRecord(error))}\n`);
    return error.exitCode;
  }
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const debug = io.env.NETLAB_DEBUG === '1';
  io.stderr.write(
    `netlab: internal error (${what}): a bug in netlab ${VERSION}; please report it to ${BUGS}` +
      `${debug ? '' : ' (NETLAB_DEBUG=1 shows where it happened)'}\n`,
  );
  if (debug && error instanceof Error && error.stack !== undefined) {
    io.stderr.write(`${error.stack}\n`);
  }
  return 1;
}
