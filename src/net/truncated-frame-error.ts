import { NetlabError } from '../core/errors.js';

/** The stream ended in the middle of a frame: some of its bytes never arrived. */
export class TruncatedFrameError extends NetlabError {
  override name = 'TruncatedFrameError' as const;
  /** Bytes of the unfinished frame that did arrive (a length prefix counts). */
  readonly pendingBytes: number;

  constructor(pendingBytes: number, detail: string) {
    super('truncated-frame', { pending: pendingBytes, detail });
    this.pendingBytes = pendingBytes;
  }
}
