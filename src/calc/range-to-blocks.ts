import { bitsOf, type IpAddress } from './address.js';
import type { IpBlock } from './ip-block.js';

/**
 * The fewest CIDR blocks that cover the addresses `first` to `last` exactly, in order, as
 * Python's `summarize_address_range` gives them: at each step the largest aligned block that
 * starts there and does not pass `last`. At most 2 × 32 (or 2 × 128) blocks.
 * @example rangeToBlocks(parseAddress('10.0.0.5'), parseAddress('10.0.0.20')).length // 4
 */
export function rangeToBlocks(first: IpAddress, last: IpAddress): IpBlock[] {
  const { version } = first;
  const bits = bitsOf(version);
  const blocks: IpBlock[] = [];
  let start = first.value;
  while (start <= last.value) {
    let hostBits = 0;
    while (hostBits < bits) {
      const size = 1n << BigInt(hostBits + 1);
      if (start % size !== 0n || start + size - 1n > last.value) break;
      hostBits += 1;
    }
    blocks.push({ version, network: start, prefix: bits - hostBits });
    start += 1n << BigInt(hostBits);
  }
  return blocks;
}
