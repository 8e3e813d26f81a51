/**
 * A seeded source of whole numbers, the same on every machine and Node version: only 32-bit
 * integer operations (Math.imul, shifts), never floating point or Math.random.
 */
export interface Prng {
  /** A whole number from `low` to `high`, both included (at most 2^32 apart). */
  int(low: number, high: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** FNV-1a (32-bit) over the seed's UTF-8 bytes: the generator's starting state. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(seed)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The PRNG behind `--seed`: FNV-1a hashes the seed text into 32 bits, and mulberry32 (Tommy
 * Ettinger's generator, a Weyl sequence with step 0x6d2b79f5 and a 32-bit mix) turns that state
 * into a stream. A range is drawn by rejection, so every value in it is equally likely.
 * @example createPrng('s1234').int(24, 30)
 */
export function createPrng(seed: string): Prng {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return (mixed ^ (mixed >>> 14)) >>> 0;
  };
  const int = (low: number, high: number): number => {
    const span = high - low + 1;
    if (!(span >= 1 && span <= 2 ** 32)) throw new RangeError(`int(${low}, ${high}) has no values`);
    const limit = 2 ** 32 - (2 ** 32 % span);
    for (;;) {
      const value = next();
      if (value < limit) return low + (value % span);
    }
  };
  return {
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty list');
      return items[int(0, items.length - 1)] as T;
    },
  };
}
