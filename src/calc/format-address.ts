import { Address6 } from 'ip-address';
import type { IpAddress } from './address.js';

/** Bits 81-96 of an IPv4-mapped address (::ffff:0:0/96); the first 80 bits are zero. */
const IPV4_MAPPED_MARK = 0xffffn;
const LOW_32_BITS = (1n << 32n) - 1n;

function dotted(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => ((value >> shift) & 0xffn).toString()).join('.');
}

/** How to write an address. */
export interface FormatAddressOptions {
  /**
   * Write an IPv4-mapped IPv6 address with a dotted tail (the default, as RFC 5952 §5 recommends).
   * Turn off for values that are not addresses, such as an IPv6 mask or wildcard.
   */
  readonly dottedIpv4Tail?: boolean;
}

/**
 * The canonical text of an address: dotted decimal for IPv4, RFC 5952 for IPv6 (lower case, the
 * longest run of zero groups as "::", and an IPv4-mapped address with its dotted IPv4 tail).
 * @example formatAddress({ version: 6, value: 0x20010db8000000000000000000000001n }) // '2001:db8::1'
 */
export function formatAddress(address: IpAddress, options: FormatAddressOptions = {}): string {
  if (address.version === 4) return dotted(address.value);
  const mapped = address.value >> 32n === IPV4_MAPPED_MARK;
  if (mapped && options.dottedIpv4Tail !== false) {
    return `::ffff:${dotted(address.value & LOW_32_BITS)}`;
  }
  return Address6.fromBigInt(address.value).correctForm();
}
