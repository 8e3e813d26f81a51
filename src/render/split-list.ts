import { formatAddress } from '../calc/format-address.js';
import { blockAddress, blockMask, formatBlock } from '../calc/ip-block.js';
import { maskFacts } from '../calc/mask-facts.js';
import { type SubnetSplit, subnetAt, subnetsOf } from '../calc/split-subnet.js';
import { subnetFacts } from '../calc/subnet-facts.js';
import { wrapText } from '../text/wrap-text.js';
import { columns, counted, LIST_WIDTH } from './_columns.js';

/** Every column, then without the host range and broadcast (long IPv6 text). */
const LAYOUTS = [
  [0, 1, 2, 3, 4],
  [0, 1],
];

function title(split: SubnetSplit): string[] {
  const first = subnetAt(split, 0n);
  const sizes = maskFacts(blockMask(first));
  const each = `${counted(sizes.addresses, 'address', 'addresses')}, ${counted(sizes.usableHosts, 'usable host', 'usable hosts')} each`;
  const lines = [
    `${formatBlock(split.parent)} split into /${split.prefix}: ${counted(split.count, 'subnet', 'subnets')} of ${each}`,
  ];
  if (split.asked !== null) {
    lines.push(
      `${split.asked} asked for: equal subnets come in powers of two, so ${split.count}, and ${split.count - split.asked} spare`,
    );
  }
  return lines.flatMap((line) => wrapText(line, LIST_WIDTH));
}

function rows(split: SubnetSplit, limit: bigint): string[][] {
  const found: string[][] = [];
  let index = 0;
  for (const block of subnetsOf(split, limit)) {
    const facts = subnetFacts({ address: blockAddress(block), mask: blockMask(block) });
    index += 1;
    found.push([
      String(index),
      formatBlock(block),
      formatAddress(facts.firstHost),
      formatAddress(facts.lastHost),
      facts.broadcast === null ? '' : formatAddress(facts.broadcast),
    ]);
  }
  return found;
}

function omitted(split: SubnetSplit, limit: bigint, max: bigint): string[] {
  if (split.count <= limit) return [];
  const last = formatBlock(subnetAt(split, split.count - 1n));
  const more = `… ${split.count - limit} more, up to ${last} (--limit N lists up to ${max})`;
  return wrapText(more, LIST_WIDTH);
}

/** How many subnets to list, and the most `--limit` allows (for the note on what was left out). */
export interface SplitListOptions {
  readonly limit: bigint;
  readonly maxLimit: bigint;
}

/**
 * The subnets of a split, one a line with host range and broadcast (IPv4), at most `limit` of
 * them; a last line says how many more there are and which is the last.
 */
export function renderSplit(split: SubnetSplit, options: SplitListOptions): string {
  const head = [
    '#',
    'subnet',
    'first host',
    'last host',
    split.parent.version === 4 ? 'broadcast' : '',
  ];
  const table = columns([head, ...rows(split, options.limit)], LAYOUTS);
  return `${[...title(split), ...table, ...omitted(split, options.limit, options.maxLimit)].join('\n')}\n`;
}
