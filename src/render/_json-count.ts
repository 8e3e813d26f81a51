/** A count as JSON: a number while it is exact in a double (up to 2^53 - 1), a decimal string past that. */
export function jsonCount(count: bigint): number | string {
  return count <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(count) : count.toString();
}
