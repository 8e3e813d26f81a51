import { formatAddress } from '../calc/format-address.js';
import { blockLast, blockSize, formatBlock, type IpBlock } from '../calc/ip-block.js';
import type { AddressRange } from '../calc/parse-address-range.js';
import type { Lang } from '../core/lang.js';
import { wrapText } from '../text/wrap-text.js';
import { type CalcWords, calcWords } from './_calc-words.js';
import { columns, LIST_WIDTH } from './_columns.js';

/** Every column, then without first and last (long IPv6 text), then the block alone. */
const LAYOUTS = [
  [0, 1, 2, 3, 4],
  [0, 1, 4],
  [0, 1],
];

function blockLines(blocks: readonly IpBlock[], words: CalcWords): string[] {
  const rows = blocks.map((block, index) => [
    String(index + 1),
    formatBlock(block),
    formatAddress({ version: block.version, value: block.network }),
    formatAddress({ version: block.version, value: blockLast(block) }),
    blockSize(block).toString(),
  ]);
  const head = ['block', 'first', 'last', 'addresses'].map((column) =>
    words(`list-head-${column}`),
  );
  return columns([['#', ...head], ...rows], LAYOUTS);
}

/**
 * The address count of `blocks` as a message's `count`: the plural rules take only a number, so
 * one is the number 1, and any other count stays a bigint (exact for IPv6), said in the "other" form.
 */
function total(blocks: readonly IpBlock[]): bigint | number {
  const sum = blocks.reduce((all, block) => all + blockSize(block), 0n);
  return sum === 1n ? 1 : sum;
}

function withTitle(title: string, blocks: readonly IpBlock[], words: CalcWords): string {
  return `${[...wrapText(title, LIST_WIDTH), ...blockLines(blocks, words)].join('\n')}\n`;
}

/**
 * The CIDR blocks of an address range, one a line, under a title that counts them.
 * @example "10.0.0.5-10.0.0.20: 16 addresses in 4 blocks"
 */
export function renderRangeBlocks(
  range: AddressRange,
  blocks: readonly IpBlock[],
  lang: Lang = 'en',
): string {
  const words = calcWords(lang);
  const ends = `${formatAddress(range.first)}-${formatAddress(range.last)}`;
  const addresses = words('count-addresses', { count: total(blocks) });
  const title = words('range-title', {
    ends,
    addresses,
    blocks: words('count-blocks', { count: blocks.length }),
  });
  return withTitle(title, blocks, words);
}

/**
 * The blocks a list was summarised into, one a line, under a title that says from how many.
 * @example "3 blocks summarised into 2, 768 addresses"
 */
export function renderSummary(
  given: number,
  blocks: readonly IpBlock[],
  lang: Lang = 'en',
): string {
  const words = calcWords(lang);
  const title = words('summary-title', {
    items: words('count-items', { count: given }),
    blocks: words('count-blocks', { count: blocks.length }),
    addresses: words('count-addresses', { count: total(blocks) }),
  });
  return withTitle(title, blocks, words);
}
