import { NetlabError } from '../core/errors.js';

/** A connection stayed silent longer than its idle timeout and was closed. */
export class IdleTimeoutError extends NetlabError {
  override name = 'IdleTimeoutError' as const;

  constructor(ms: number, peer: string) {
    super(
      'idle-timeout',
      `closed the connection with ${peer}: nothing arrived for ${ms / 1000} s (the other end may have stopped; start it again and retry)`,
    );
  }
}
