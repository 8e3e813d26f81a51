import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { createPrng } from '../../src/practice/prng.js';

describe('createPrng()', () => {
  test('gives the pinned stream for a pinned seed (FNV-1a + mulberry32, integers only)', () => {
    const rng = createPrng('s1234');
    expect(Array.from({ length: 6 }, () => rng.int(0, 0xffffffff))).toEqual([
      220815222, 2745514535, 4003784557, 1657063429, 2344652778, 1273540201,
    ]);
  });

  fcTest.prop([
    fc.string(),
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer({ min: 0, max: 5000 }),
  ])('int() stays within its bounds', (seed, low, span) => {
    const rng = createPrng(seed);
    for (let i = 0; i < 20; i += 1) {
      const value = rng.int(low, low + span);
      expect(value >= low && value <= low + span && Number.isInteger(value)).toBe(true);
    }
  });

  test('pick() refuses an empty list', () => {
    expect(() => createPrng('x').pick([])).toThrow(RangeError);
  });
});
