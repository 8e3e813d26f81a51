import { Address4, Address6 } from 'ip-address';
import type { IpAddress } from './address.js';
import { formatAddress } from './format-address.js';

/**
 * The reverse-DNS name of an address, whose PTR record names the host: the octets reversed under
 * in-addr.arpa (RFC 1035 §3.5), or the 32 nibbles reversed under ip6.arpa (RFC 3596 §2.5).
 * Written without the final dot, as Python's `reverse_pointer` writes it.
 * @example reversePointer(parseAddress('192.168.1.77')) // '77.1.168.192.in-addr.arpa'
 */
export function reversePointer(address: IpAddress): string {
  const text = formatAddress(address, { dottedIpv4Tail: false });
  const form =
    address.version === 4 ? new Address4(text).reverseForm() : new Address6(text).reverseForm();
  return form.endsWith('.') ? form.slice(0, -1) : form;
}
