import { type CodeOfKind, ERROR_CATALOGUE, type ErrorArgs } from '../core/error-catalogue.js';
import { NetlabError } from '../core/errors.js';

/** Why a transfer stopped, as the code that travels in error frames. */
export type TransferErrorCode =
  | 'bad-frame'
  | 'bad-header'
  | 'bad-name'
  | 'checksum-mismatch'
  | 'connect-failed'
  | 'file-changed'
  | 'file-exists'
  | 'frame-too-large'
  | 'idle-timeout'
  | 'interrupted'
  | 'peer-closed'
  | 'peer-reset'
  | 'refused'
  | 'size-mismatch'
  | 'unexpected-frame'
  | 'write-failed';

/** The catalogue's codes for transfer failures: those that name a wire code. */
export type TransferFailureCode = {
  [C in CodeOfKind<'failure'>]: (typeof ERROR_CATALOGUE)[C] extends { wire: TransferErrorCode }
    ? C
    : never;
}[CodeOfKind<'failure'>];

/**
 * A transfer that did not complete: a runtime failure (exit 1). Its `code` is the catalogue's,
 * which says exactly what happened; `wireCode` is the protocol's coarser code, sent to the peer
 * in an error frame.
 */
export class TransferError extends NetlabError {
  override name = 'TransferError' as const;
  readonly wireCode: TransferErrorCode;

  constructor(...args: ErrorArgs<TransferFailureCode>) {
    super(...args);
    this.wireCode = ERROR_CATALOGUE[args[0]].wire;
  }
}
