import { fc } from '@fast-check/vitest';
import type { IpVersion } from '../../src/calc/address.js';
import { bitsOf } from '../../src/calc/address.js';
import { blockLast, type IpBlock } from '../../src/calc/ip-block.js';

/** A random block of the given version, its prefix skewed to the long end (small blocks). */
export function anyBlock(version: IpVersion, shortest = 0): fc.Arbitrary<IpBlock> {
  const bits = bitsOf(version);
  return fc
    .record({
      value: fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }),
      prefix: fc.oneof(
        fc.integer({ min: shortest, max: bits }),
        fc.integer({ min: Math.max(shortest, bits - 12), max: bits }),
      ),
    })
    .map(({ value, prefix }) => {
      const hostBits = BigInt(bits - prefix);
      return { version, network: (value >> hostBits) << hostBits, prefix };
    });
}

/** A random range [first, last] of one version, short or long. */
export function anyRange(version: IpVersion): fc.Arbitrary<{ first: bigint; last: bigint }> {
  const max = (1n << BigInt(bitsOf(version))) - 1n;
  return fc
    .record({
      start: fc.bigInt({ min: 0n, max }),
      length: fc.oneof(fc.bigInt({ min: 0n, max: 5000n }), fc.bigInt({ min: 0n, max })),
    })
    .map(({ start, length }) => ({
      first: start,
      last: start + length > max ? max : start + length,
    }));
}

/** The blocks, in address order, as [first, last] spans joined where they touch or overlap. */
export function spans(blocks: readonly IpBlock[]): [bigint, bigint][] {
  const sorted = [...blocks].sort((a, b) => (a.network < b.network ? -1 : 1));
  const joined: [bigint, bigint][] = [];
  for (const block of sorted) {
    const last = blockLast(block);
    const open = joined.at(-1);
    if (open === undefined || block.network > open[1] + 1n) joined.push([block.network, last]);
    else if (last > open[1]) open[1] = last;
  }
  return joined;
}

/** Whether a block is aligned: its network has no host bits set. */
export function aligned(block: IpBlock): boolean {
  const hostBits = BigInt(bitsOf(block.version) - block.prefix);
  return (block.network >> hostBits) << hostBits === block.network;
}
