import type { IpAddress } from '../calc/address.js';

const LINK_LOCAL = 0xa9fen; // 169.254.0.0/16

/**
 * Whether an address is IPv4 link-local, 169.254.0.0/16 (RFC 3927): a host ARPs for it directly
 * on its own link whatever its mask says (§2.6.2), and a router never forwards it (§7).
 */
export function isIpv4LinkLocal(address: IpAddress): boolean {
  return address.version === 4 && address.value >> 16n === LINK_LOCAL;
}
