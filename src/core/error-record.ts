import type { ErrorCode } from './error-catalogue.js';
import type { NetlabError } from './errors.js';

/** How an error appears in `--json` output: `{"error": {"code", "message"}}`. */
export interface ErrorRecord {
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

/** The `--json` record of one of netlab's errors. */
export function errorRecord(error: NetlabError): ErrorRecord {
  return { error: { code: error.code, message: error.message } };
}
