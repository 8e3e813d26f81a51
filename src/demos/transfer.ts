import { NetlabError } from '../errors.js';

// Placeholder until the transfer demo is written; its owner replaces this whole file.
/** Runs `netlab demo transfer` (both ends on loopback); `broken` plays the seed's flawed protocol. */
export async function runTransferDemo(): Promise<never> {
  throw new NetlabError('not-implemented', 'demo transfer is not written yet');
}
