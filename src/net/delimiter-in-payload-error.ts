import { NetlabError } from '../core/errors.js';

/**
 * A message holds the delimiter byte, so the receiver would cut it in two. This is the limit of
 * delimiter framing: it only carries messages that never contain the delimiter.
 */
export class DelimiterInPayloadError extends NetlabError {
  override name = 'DelimiterInPayloadError' as const;
  /** Where the first delimiter sits in the message. */
  readonly offset: number;

  constructor(offset: number) {
    super('delimiter-in-payload', { offset });
    this.offset = offset;
  }
}
