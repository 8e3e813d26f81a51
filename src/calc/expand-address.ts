import { Address6 } from 'ip-address';
import type { IpAddress } from './address.js';
import { formatAddress } from './format-address.js';

/**
 * An address with nothing left out: IPv6 as eight groups of four hex digits, no "::", no dotted
 * tail (Python's `exploded`); IPv4 is already written in full.
 * @example expandAddress(parseAddress('2001:db8::1')) // '2001:0db8:0000:0000:0000:0000:0000:0001'
 */
export function expandAddress(address: IpAddress): string {
  if (address.version === 4) return formatAddress(address);
  return Address6.fromBigInt(address.value).canonicalForm();
}
