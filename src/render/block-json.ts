import { formatAddress } from '../calc/format-address.js';
import {
  blockAddress,
  blockLast,
  blockMask,
  blockSize,
  formatBlock,
  type IpBlock,
} from '../calc/ip-block.js';
import type { SubnetSplit } from '../calc/split-subnet.js';
import { subnetFacts } from '../calc/subnet-facts.js';
import { jsonCount } from './_json-count.js';

/** One CIDR block as JSON: a line of `subnet A-B --json` and `summarize --json`. */
export interface BlockJson {
  readonly version: 4 | 6;
  /** CIDR notation, e.g. "10.0.0.4/30". */
  readonly block: string;
  readonly network: string;
  readonly prefix: number;
  readonly first: string;
  readonly last: string;
  /** A number while exact in JSON (up to 2^53 - 1), else a decimal string. */
  readonly addresses: number | string;
}

/** One subnet of a split as JSON: the block, where it sits in the split, and its hosts. */
export interface SplitSubnetJson extends BlockJson {
  /** Position in the split, from 1. */
  readonly index: number | string;
  /** How many subnets the split has (more than were listed when --limit cut the list). */
  readonly of: number | string;
  readonly firstHost: string;
  readonly lastHost: string;
  /** null for IPv6 and for IPv4 /31 and /32. */
  readonly broadcast: string | null;
  readonly hosts: number | string;
}

/** The --json record of one block. */
export function blockJson(block: IpBlock): BlockJson {
  const at = (value: bigint) => formatAddress({ version: block.version, value });
  return {
    version: block.version,
    block: formatBlock(block),
    network: at(block.network),
    prefix: block.prefix,
    first: at(block.network),
    last: at(blockLast(block)),
    addresses: jsonCount(blockSize(block)),
  };
}

/** The --json record of the subnet at `index` (from 0) of a split. */
export function splitSubnetJson(
  split: SubnetSplit,
  index: bigint,
  block: IpBlock,
): SplitSubnetJson {
  const facts = subnetFacts({ address: blockAddress(block), mask: blockMask(block) });
  return {
    ...blockJson(block),
    index: jsonCount(index + 1n),
    of: jsonCount(split.count),
    firstHost: formatAddress(facts.firstHost),
    lastHost: formatAddress(facts.lastHost),
    broadcast: facts.broadcast === null ? null : formatAddress(facts.broadcast),
    hosts: jsonCount(facts.hosts),
  };
}
