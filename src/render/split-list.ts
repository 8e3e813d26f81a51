import { formatAddress } from '../calc/format-address.js';
import { blockAddress, blockMask, formatBlock } from '../calc/ip-block.js';
import { maskFacts } from '../calc/mask-facts.js';
import { type SubnetSplit, subnetAt, subnetsOf } from '../calc/split-subnet.js';
import { subnetFacts } from '../calc/subnet-facts.js';
import type { Lang } from '../core/lang.js';
import { wrapText } from '../text/wrap-text.js';
import { type CalcWords, calcWords } from './_calc-words.js';
import { columns, LIST_WIDTH } from './_columns.js';

/** Every column, then without the host range and broadcast (long IPv6 text). */
const LAYOUTS = [
  [0, 1, 2, 3, 4],
  [0, 1],
];

function title(split: SubnetSplit, words: CalcWords): string[] {
  const first = subnetAt(split, 0n);
  const sizes = maskFacts(blockMask(first));
  const lines = [
    words('split-title', {
      parent: formatBlock(split.parent),
      prefix: split.prefix,
      subnets: words('count-subnets', { count: split.count }),
      addresses: words('count-addresses', { count: sizes.addresses }),
      hosts: words('count-usable-hosts', { count: sizes.usableHosts }),
    }),
  ];
  if (split.asked !== null) {
    lines.push(
      words('split-asked', {
        asked: split.asked,
        made: split.count,
        spare: split.count - split.asked,
      }),
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

function omitted(split: SubnetSplit, options: SplitListOptions, words: CalcWords): string[] {
  const { limit } = options;
  if (split.count <= limit) return [];
  const last = formatBlock(subnetAt(split, split.count - 1n));
  const more = words('split-more', { more: split.count - limit, last, max: options.maxLimit });
  return wrapText(more, LIST_WIDTH);
}

/** How many subnets to list, and the most `--limit` allows (for the note on what was left out). */
export interface SplitListOptions {
  readonly limit: bigint;
  readonly maxLimit: bigint;
  /** The language of the title, the headings and the note (English unless told). */
  readonly lang?: Lang;
}

/**
 * The subnets of a split in `options.lang`, one a line with host range and broadcast (IPv4), at
 * most `limit` of them; a last line says how many more there are and which is the last.
 */
export function renderSplit(split: SubnetSplit, options: SplitListOptions): string {
  const words = calcWords(options.lang);
  const head = [
    '#',
    words('split-head-subnet'),
    words('split-head-first-host'),
    words('split-head-last-host'),
    split.parent.version === 4 ? words('split-head-broadcast') : '',
  ];
  const table = columns([head, ...rows(split, options.limit)], LAYOUTS);
  const lines = [...title(split, words), ...table, ...omitted(split, options, words)];
  return `${lines.join('\n')}\n`;
}
