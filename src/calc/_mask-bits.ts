import { Address4, Address6, AddressError } from 'ip-address';
import type { IpVersion } from './address.js';
import { formatAddress } from './format-address.js';

function networkOf(version: IpVersion, prefix: number): Address4 | Address6 {
  return version === 4 ? new Address4(`0.0.0.0/${prefix}`) : new Address6(`::/${prefix}`);
}

/** The mask with `prefix` leading ones (ip-address does the conversion). */
export function maskValueOf(version: IpVersion, prefix: number): bigint {
  return networkOf(version, prefix).subnetMaskAddress().bigInt();
}

/** The wildcard (inverse mask: the host bits set) for `prefix` (ip-address does the conversion). */
export function wildcardValueOf(version: IpVersion, prefix: number): bigint {
  return networkOf(version, prefix).wildcardMask().bigInt();
}

/**
 * The prefix length of a mask, or null when its ones are not contiguous from the left
 * (ip-address checks contiguity and counts the ones).
 */
export function prefixOfMask(version: IpVersion, value: bigint): number | null {
  const text = formatAddress({ version, value }, { dottedIpv4Tail: false });
  try {
    const network =
      version === 4
        ? Address4.fromAddressAndMask('0.0.0.0', text)
        : Address6.fromAddressAndMask('::', text);
    return network.subnetMask;
  } catch (error) {
    if (error instanceof AddressError) return null;
    throw error;
  }
}
