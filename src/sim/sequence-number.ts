/** Sequence numbers live in a 32-bit space and wrap (RFC 9293 §3.4): all arithmetic is mod 2^32. */
const SPACE = 2 ** 32;

/** `sequence + count`, wrapped into 0 .. 2^32-1. */
export function seqAdd(sequence: number, count: number): number {
  return (((sequence + count) % SPACE) + SPACE) % SPACE;
}

/** `a < b` in sequence space: b lies less than half the space ahead of a. */
export function seqLt(a: number, b: number): boolean {
  const ahead = seqAdd(b, -a);
  return ahead !== 0 && ahead < SPACE / 2;
}

/** `a <= b` in sequence space. */
export function seqLe(a: number, b: number): boolean {
  return a === b || seqLt(a, b);
}
