import { InputError } from '../core/errors.js';
import { type IpBlock, parseBlock } from './ip-block.js';
import { parseAddressRange } from './parse-address-range.js';
import { quote } from './quote-input.js';
import { rangeToBlocks } from './range-to-blocks.js';

/** One item of a list: a range `A-B`, a block `A/P`, or a single address. */
function parseItem(text: string): IpBlock[] {
  if (text.includes('-')) {
    const { first, last } = parseAddressRange(text);
    return rangeToBlocks(first, last);
  }
  return [parseBlock(text, { bareAddress: true })];
}

/**
 * Parses a list of blocks (`10.0.0.0/24`), single addresses (`10.0.1.5`) and ranges
 * (`10.0.2.0-10.0.2.9`) into blocks, all of one IP version.
 * @example parseBlockList(['10.0.0.0/25', '10.0.0.128/25']).length // 2
 */
export function parseBlockList(texts: readonly string[]): IpBlock[] {
  const items = texts.map(parseItem);
  const version = items[0]?.[0]?.version;
  const other = items.findIndex((blocks) => blocks[0]?.version !== version);
  const odd = items[other]?.[0];
  if (odd !== undefined && version !== undefined) {
    throw new InputError('summary-mixed-versions', {
      version: odd.version,
      value: quote(texts[other] ?? ''),
      otherVersion: version,
      other: quote(texts[0] ?? ''),
    });
  }
  return items.flat();
}
