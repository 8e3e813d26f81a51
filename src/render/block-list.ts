import { formatAddress } from '../calc/format-address.js';
import { blockLast, blockSize, formatBlock, type IpBlock } from '../calc/ip-block.js';
import type { AddressRange } from '../calc/parse-address-range.js';
import { wrapText } from '../text/wrap-text.js';
import { columns, counted, LIST_WIDTH } from './_columns.js';

/** Every column, then without first and last (long IPv6 text), then the block alone. */
const LAYOUTS = [
  [0, 1, 2, 3, 4],
  [0, 1, 4],
  [0, 1],
];

function blockLines(blocks: readonly IpBlock[]): string[] {
  const rows = blocks.map((block, index) => [
    String(index + 1),
    formatBlock(block),
    formatAddress({ version: block.version, value: block.network }),
    formatAddress({ version: block.version, value: blockLast(block) }),
    blockSize(block).toString(),
  ]);
  return columns([['#', 'block', 'first', 'last', 'addresses'], ...rows], LAYOUTS);
}

function total(blocks: readonly IpBlock[]): bigint {
  return blocks.reduce((sum, block) => sum + blockSize(block), 0n);
}

function withTitle(title: string, blocks: readonly IpBlock[]): string {
  return `${[...wrapText(title, LIST_WIDTH), ...blockLines(blocks)].join('\n')}\n`;
}

/**
 * The CIDR blocks of an address range, one a line, under a title that counts them.
 * @example "10.0.0.5-10.0.0.20: 16 addresses in 4 blocks"
 */
export function renderRangeBlocks(range: AddressRange, blocks: readonly IpBlock[]): string {
  const ends = `${formatAddress(range.first)}-${formatAddress(range.last)}`;
  const size = counted(total(blocks), 'address', 'addresses');
  return withTitle(`${ends}: ${size} in ${counted(blocks.length, 'block', 'blocks')}`, blocks);
}

/**
 * The blocks a list was summarised into, one a line, under a title that says from how many.
 * @example "3 blocks summarised into 2, 768 addresses"
 */
export function renderSummary(given: number, blocks: readonly IpBlock[]): string {
  const into = `${counted(given, 'item', 'items')} summarised into ${counted(blocks.length, 'block', 'blocks')}`;
  return withTitle(`${into}, ${counted(total(blocks), 'address', 'addresses')}:`, blocks);
}
