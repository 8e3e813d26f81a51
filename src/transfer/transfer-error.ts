import { NetlabError } from '../core/errors.js';

/** Why a transfer stopped; the same codes travel in error frames. */
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

/** A transfer that did not complete: a runtime failure (exit 1) with a code from the protocol. */
export class TransferError extends NetlabError {
  override name = 'TransferError' as const;
  declare readonly code: TransferErrorCode;

  constructor(code: TransferErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
  }
}
