/** An IP version netlab works with. */
export type IpVersion = 4 | 6;

/**
 * A parsed IP address: the only form calculators take. `value` is the address as an unsigned
 * integer of `bits` bits (32 or 128), so every bit operation is exact.
 */
export interface IpAddress {
  readonly version: IpVersion;
  readonly value: bigint;
}

/** Number of bits in an address of the given version. */
export function bitsOf(version: IpVersion): 32 | 128 {
  return version === 4 ? 32 : 128;
}
