import { NetlabError } from '../core/errors.js';

/**
 * A peer announced (or sent without a delimiter) a frame longer than the decoder's limit. The
 * decoder throws it before allocating anything for the frame, so a corrupt or hostile length prefix
 * cannot make netlab reserve gigabytes.
 */
export class FrameTooLargeError extends NetlabError {
  override name = 'FrameTooLargeError' as const;
  /** The length the peer announced, or the bytes seen so far without a delimiter. */
  readonly length: number;
  /** The largest frame the decoder accepts. */
  readonly limit: number;

  constructor(length: number, limit: number) {
    super('frame-over-limit', { length, limit });
    this.length = length;
    this.limit = limit;
  }
}
