import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { bitsOf, type IpVersion } from '../../src/calc/address.js';
import { blockLast, formatBlock } from '../../src/calc/ip-block.js';
import { parseAddress } from '../../src/calc/parse-address.js';
import { rangeToBlocks } from '../../src/calc/range-to-blocks.js';
import { aligned, anyRange } from './_blocks.js';

function blocks(first: string, last: string): string[] {
  return rangeToBlocks(parseAddress(first), parseAddress(last)).map(formatBlock);
}

describe('rangeToBlocks() covers a range with the fewest CIDR blocks', () => {
  test('rangeToBlocks() of 10.0.0.5-10.0.0.20 gives five blocks', () => {
    expect(blocks('10.0.0.5', '10.0.0.20')).toEqual([
      '10.0.0.5/32',
      '10.0.0.6/31',
      '10.0.0.8/29',
      '10.0.0.16/30',
      '10.0.0.20/32',
    ]);
  });

  test('rangeToBlocks() of the whole IPv4 and IPv6 spaces gives /0', () => {
    expect(blocks('0.0.0.0', '255.255.255.255')).toEqual(['0.0.0.0/0']);
    expect(blocks('::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).toEqual(['::/0']);
  });

  test('rangeToBlocks() of one address gives one host block', () => {
    expect(blocks('2001:db8::1', '2001:db8::1')).toEqual(['2001:db8::1/128']);
  });

  test('rangeToBlocks() of ::1-::ffff:ffff:ffff:fffe (worst case) stays within 2 x 128 blocks', () => {
    expect(blocks('::1', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe')).toHaveLength(254);
  });

  const ranges = fc
    .constantFrom<IpVersion>(4, 6)
    .chain((version) => anyRange(version).map((range) => ({ version, ...range })));

  fcTest.prop([ranges])(
    'range blocks are aligned, contiguous, cover exactly the range, and no two neighbours could merge',
    ({ version, first, last }) => {
      const found = rangeToBlocks({ version, value: first }, { version, value: last });
      expect(found[0]?.network).toBe(first);
      expect(found.length).toBeLessThanOrEqual(2 * bitsOf(version));
      let next = first;
      for (const block of found) {
        expect(aligned(block)).toBe(true);
        expect(block.network).toBe(next);
        next = blockLast(block) + 1n;
      }
      expect(next - 1n).toBe(last);
      // Fewest: a block is never followed by its buddy (the two would make one block).
      found.forEach((block, index) => {
        const after = found[index + 1];
        const merged = block.prefix - 1;
        const buddies =
          after !== undefined &&
          after.prefix === block.prefix &&
          block.prefix > 0 &&
          aligned({ version, network: block.network, prefix: merged });
        expect(buddies).toBe(false);
      });
    },
  );
});
