import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { IpVersion } from '../../src/calc/address.js';
import { collapseBlocks } from '../../src/calc/collapse-blocks.js';
import { blockLast, formatBlock, parseBlock } from '../../src/calc/ip-block.js';
import { rangeToBlocks } from '../../src/calc/range-to-blocks.js';
import { anyBlock, spans } from './_blocks.js';

function collapse(...texts: string[]): string[] {
  return collapseBlocks(texts.map((text) => parseBlock(text))).map(formatBlock);
}

describe('collapseBlocks() summarises blocks into the fewest that cover the same addresses', () => {
  test('collapseBlocks() joins 192.168.0.0/24 and 192.168.1.0/24 into 192.168.0.0/23', () => {
    expect(collapse('192.168.0.0/24', '192.168.1.0/24')).toEqual(['192.168.0.0/23']);
  });

  test('collapseBlocks() keeps 192.168.1.0/24 and 192.168.2.0/24 apart (not one aligned /23)', () => {
    expect(collapse('192.168.2.0/24', '192.168.1.0/24')).toEqual([
      '192.168.1.0/24',
      '192.168.2.0/24',
    ]);
  });

  test('collapseBlocks() drops blocks inside others and duplicates', () => {
    expect(collapse('10.0.0.0/8', '10.1.0.0/16', '10.0.0.0/8')).toEqual(['10.0.0.0/8']);
  });

  test('collapseBlocks() of nothing is nothing', () => {
    expect(collapseBlocks([])).toEqual([]);
  });

  const lists = fc
    .constantFrom<IpVersion>(4, 6)
    .chain((version) => fc.array(anyBlock(version, version === 4 ? 16 : 112), { maxLength: 12 }));

  fcTest.prop([lists])(
    'collapsed blocks cover the same addresses, are sorted and disjoint, and are as few as can be',
    (blocks) => {
      const collapsed = collapseBlocks(blocks);
      expect(spans(collapsed)).toEqual(spans(blocks));
      collapsed.forEach((block, index) => {
        const next = collapsed[index + 1];
        if (next !== undefined) expect(next.network > blockLast(block)).toBe(true);
      });
      // Fewest: no cover of these addresses has fewer blocks than each span's fewest cover.
      const fewest = spans(blocks).reduce((count, [first, last]) => {
        const version = blocks[0]?.version ?? 4;
        return count + rangeToBlocks({ version, value: first }, { version, value: last }).length;
      }, 0);
      expect(collapsed).toHaveLength(fewest);
    },
  );
});
