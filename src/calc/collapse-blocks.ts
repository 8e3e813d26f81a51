import { blockLast, type IpBlock } from './ip-block.js';
import { rangeToBlocks } from './range-to-blocks.js';

/**
 * The fewest CIDR blocks that cover exactly the addresses of `blocks` (route summarisation), as
 * Python's `collapse_addresses` gives them, in address order. The blocks must be of one version.
 * @example collapseBlocks([parseBlock('10.0.0.0/25'), parseBlock('10.0.0.128/25')]) // [10.0.0.0/24]
 */
export function collapseBlocks(blocks: readonly IpBlock[]): IpBlock[] {
  const sorted = [...blocks].sort((a, b) =>
    a.network < b.network ? -1 : a.network > b.network ? 1 : 0,
  );
  const spans: { first: bigint; last: bigint }[] = [];
  for (const block of sorted) {
    const last = blockLast(block);
    const open = spans.at(-1);
    if (open !== undefined && block.network <= open.last + 1n) {
      if (last > open.last) open.last = last;
    } else {
      spans.push({ first: block.network, last });
    }
  }
  const version = blocks[0]?.version ?? 4;
  return spans.flatMap(({ first, last }) =>
    rangeToBlocks({ version, value: first }, { version, value: last }),
  );
}
