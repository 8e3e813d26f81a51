import { NetlabError } from '../core/errors.js';

/** A connection stayed silent longer than its idle timeout and was closed. */
export class IdleTimeoutError extends NetlabError {
  override name = 'IdleTimeoutError' as const;

  constructor(ms: number, peer: string) {
    super('connection-idle', { peer, seconds: ms / 1000 });
  }
}
