import { bitsOf, type IpVersion } from './address.js';

/**
 * How many addresses of a subnet a host may use. IPv4 loses the network and broadcast
 * addresses, except on a /31 point-to-point link (RFC 3021: both) and a /32 (the one host).
 * IPv6 has no broadcast; it loses only the subnet-router anycast address (RFC 4291 §2.6.1),
 * except on a /127 (RFC 6164: both) and a /128.
 */
export function usableHosts(version: IpVersion, prefix: number): bigint {
  const hostBits = bitsOf(version) - prefix;
  const addresses = 1n << BigInt(hostBits);
  if (hostBits <= 1) return addresses;
  return version === 4 ? addresses - 2n : addresses - 1n;
}
