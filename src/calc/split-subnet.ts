import { InputError } from '../core/errors.js';
import { type Reason, reason } from '../core/reason.js';
import { bitsOf } from './address.js';
import { blockSize, formatBlock, type IpBlock } from './ip-block.js';

/** A block cut into equal subnets of a longer prefix; the subnets are computed on demand. */
export interface SubnetSplit {
  readonly parent: IpBlock;
  /** The prefix of every subnet. */
  readonly prefix: number;
  /** How many subnets: 2 to the power of (prefix - parent prefix). */
  readonly count: bigint;
  /** The count the user asked for with --count, when it was not a power of two; else null. */
  readonly asked: bigint | null;
}

function refuse(parent: IpBlock, why: Reason): InputError {
  return new InputError('bad-split', { block: formatBlock(parent), why });
}

/**
 * Cuts a block into subnets of a longer prefix, as Python's `subnets(new_prefix=...)` does.
 * @example splitSubnet(parseBlock('192.168.1.0/24'), 26).count // 4n
 */
export function splitSubnet(parent: IpBlock, prefix: number): SubnetSplit {
  if (prefix < parent.prefix) {
    throw refuse(
      parent,
      reason('split-prefix-shorter', {
        prefix,
        parent: parent.prefix,
        bits: bitsOf(parent.version),
      }),
    );
  }
  return { parent, prefix, count: 1n << BigInt(prefix - parent.prefix), asked: null };
}

/**
 * Cuts a block into `count` subnets of equal size. Equal subnets come in powers of two, so a
 * count that is not one is rounded up, and the split says what was asked.
 * @example splitSubnet(parseBlock('192.168.1.0/24'), 26).count // 4n
 */
export function splitIntoCount(parent: IpBlock, count: bigint): SubnetSplit {
  if (count < 1n) throw refuse(parent, reason('split-count-zero'));
  const extraBits = (count - 1n).toString(2).length - (count === 1n ? 1 : 0);
  const prefix = parent.prefix + extraBits;
  if (prefix > bitsOf(parent.version)) {
    throw refuse(
      parent,
      reason('split-too-few-addresses', {
        size: String(blockSize(parent)),
        count: String(count),
      }),
    );
  }
  const split = splitSubnet(parent, prefix);
  return { ...split, asked: split.count === count ? null : count };
}

/** The subnet at `index` (from 0) of a split. */
export function subnetAt(split: SubnetSplit, index: bigint): IpBlock {
  const { parent, prefix } = split;
  const size = 1n << BigInt(bitsOf(parent.version) - prefix);
  return { version: parent.version, network: parent.network + index * size, prefix };
}

/** The first `limit` subnets of a split, in order, computed one at a time. */
export function* subnetsOf(split: SubnetSplit, limit: bigint): Generator<IpBlock> {
  const end = limit < split.count ? limit : split.count;
  for (let index = 0n; index < end; index += 1n) yield subnetAt(split, index);
}
