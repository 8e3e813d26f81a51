import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { bitsOf } from '../../src/calc/address.js';
import { blockLast, blockSize, formatBlock, parseBlock } from '../../src/calc/ip-block.js';
import { splitIntoCount, splitSubnet, subnetAt, subnetsOf } from '../../src/calc/split-subnet.js';
import { aligned, anyBlock } from './_blocks.js';
import { refusal } from './_refusal.js';

describe('splitSubnet() cuts a block into equal subnets', () => {
  test('splitSubnet() cuts 192.168.1.0/24 into four /26 subnets in order', () => {
    const split = splitSubnet(parseBlock('192.168.1.0/24'), 26);
    expect(split.count).toBe(4n);
    expect([...subnetsOf(split, 10n)].map(formatBlock)).toEqual([
      '192.168.1.0/26',
      '192.168.1.64/26',
      '192.168.1.128/26',
      '192.168.1.192/26',
    ]);
  });

  test('subnetsOf() stops at the limit, and subnetAt() reaches the last of 2^64 subnets', () => {
    const split = splitSubnet(parseBlock('2001:db8::/32'), 96);
    expect(split.count).toBe(1n << 64n);
    expect([...subnetsOf(split, 3n)]).toHaveLength(3);
    expect(formatBlock(subnetAt(split, split.count - 1n))).toBe(
      '2001:db8:ffff:ffff:ffff:ffff::/96',
    );
  });

  test('splitSubnet() to the same prefix gives the block itself', () => {
    expect([...subnetsOf(splitSubnet(parseBlock('10.0.0.0/8'), 8), 5n)].map(formatBlock)).toEqual([
      '10.0.0.0/8',
    ]);
  });

  test('splitSubnet() refuses a shorter prefix and says which to give', () => {
    expect(refusal(() => splitSubnet(parseBlock('10.0.0.0/8'), 4))).toBe(
      'cannot split 10.0.0.0/8: /4 is shorter than /8, so each piece would be larger than the block; give a prefix from /8 to /32 (to join blocks, use "netlab summarize")',
    );
  });

  const counts: [string, bigint, number, bigint | null][] = [
    ['192.168.1.0/24', 4n, 26, null],
    ['192.168.1.0/24', 3n, 26, 3n],
    ['192.168.1.0/24', 1n, 24, null],
    ['192.168.1.0/24', 5n, 27, 5n],
    ['10.0.0.0/30', 4n, 32, null],
  ];
  test.for(counts)(
    'splitIntoCount() of %s into %i gives /%i (asked %s)',
    ([text, count, prefix, asked]) => {
      const split = splitIntoCount(parseBlock(text), count);
      expect({ prefix: split.prefix, asked: split.asked }).toEqual({ prefix, asked });
      expect(split.count >= count).toBe(true);
    },
  );

  test('splitIntoCount() refuses more subnets than the block has addresses', () => {
    expect(refusal(() => splitIntoCount(parseBlock('10.0.0.0/30'), 5n))).toBe(
      'cannot split 10.0.0.0/30: it holds 4 addresses, too few for 5 subnets of one address or more',
    );
  });

  const splits = fc.oneof(anyBlock(4), anyBlock(6)).chain((parent) =>
    fc.record({
      parent: fc.constant(parent),
      extra: fc.integer({ min: 0, max: Math.min(8, bitsOf(parent.version) - parent.prefix) }),
    }),
  );

  fcTest.prop([splits])(
    'split subnets are aligned, equal in size, disjoint, in order and cover the parent',
    ({ parent, extra }) => {
      const split = splitSubnet(parent, parent.prefix + extra);
      const blocks = [...subnetsOf(split, split.count)];
      expect(BigInt(blocks.length)).toBe(split.count);
      expect(blocks[0]?.network).toBe(parent.network);
      expect(blockLast(blocks.at(-1) ?? parent)).toBe(blockLast(parent));
      blocks.forEach((block, index) => {
        expect(aligned(block)).toBe(true);
        expect(blockSize(block) * split.count).toBe(blockSize(parent));
        const next = blocks[index + 1];
        if (next !== undefined) expect(next.network).toBe(blockLast(block) + 1n);
      });
    },
  );
});
