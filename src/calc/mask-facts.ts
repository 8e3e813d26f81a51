import { wildcardValueOf } from './_mask-bits.js';
import { usableHosts } from './_usable-hosts.js';
import { bitsOf, type IpVersion } from './address.js';
import type { Mask } from './parse-mask.js';

/** Everything a mask determines, whatever address it is used with. */
export interface MaskFacts {
  readonly version: IpVersion;
  readonly prefix: number;
  /** The mask: network bits set. */
  readonly mask: bigint;
  /** The wildcard (inverse mask): host bits set. */
  readonly wildcard: bigint;
  readonly hostBits: number;
  /** Addresses in one subnet of this size: 2 to the power of the host bits. */
  readonly addresses: bigint;
  /** Addresses a host may use (RFC 3021 for IPv4 /31, RFC 6164 for IPv6 /127). */
  readonly usableHosts: bigint;
}

/**
 * A mask's prefix, dotted form, wildcard and sizes.
 * @example maskFacts(parseMask('/20')).usableHosts // 4094n
 */
export function maskFacts(mask: Mask): MaskFacts {
  const hostBits = bitsOf(mask.version) - mask.prefix;
  return {
    version: mask.version,
    prefix: mask.prefix,
    mask: mask.value,
    wildcard: wildcardValueOf(mask.version, mask.prefix),
    hostBits,
    addresses: 1n << BigInt(hostBits),
    usableHosts: usableHosts(mask.version, mask.prefix),
  };
}
