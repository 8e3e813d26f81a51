import { describe, expect, test } from 'vitest';
import { parseBlock } from '../../src/calc/ip-block.js';
import { parseAddressRange } from '../../src/calc/parse-address-range.js';
import { rangeToBlocks } from '../../src/calc/range-to-blocks.js';
import { renderRangeBlocks, renderSummary } from '../../src/render/block-list.js';
import { expectFits80 } from './_fits.js';

describe('renderRangeBlocks() and renderSummary() list blocks in columns', () => {
  test('renderRangeBlocks() of 10.0.0.0-10.0.0.0 counts one address in one block', () => {
    const range = parseAddressRange('10.0.0.0-10.0.0.0');
    expect(renderRangeBlocks(range, rangeToBlocks(range.first, range.last))).toBe(
      [
        '10.0.0.0-10.0.0.0: 1 address in 1 block',
        '#  block        first     last      addresses',
        '1  10.0.0.0/32  10.0.0.0  10.0.0.0  1',
        '',
      ].join('\n'),
    );
  });

  test('renderRangeBlocks() of a long IPv6 range keeps to 80 columns', () => {
    const range = parseAddressRange('::1-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe');
    const text = renderRangeBlocks(range, rangeToBlocks(range.first, range.last));
    expectFits80(text);
    expect(text.split('\n').filter((line) => /^ *[0-9]+ {2}/.test(line))).toHaveLength(254);
  });

  test('renderSummary() counts the items given and the blocks made', () => {
    const blocks = [parseBlock('2001:db8::/32')];
    expect(renderSummary(2, blocks).split('\n')[0]).toBe(
      '2 items summarised into 1 block, 79228162514264337593543950336 addresses:',
    );
  });
});
