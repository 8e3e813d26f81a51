import { formatMac, type MacAddress, macOctets } from './mac-address.js';

/** Who a frame with this destination reaches: one NIC, a group, or every NIC on the segment. */
export type MacCast = 'unicast' | 'multicast' | 'broadcast';

/** Who chose the address: the maker under an IEEE-assigned OUI, or a local administrator/software. */
export type MacAdministration = 'universal' | 'local';

/** Address blocks with a meaning of their own, named by key so renderers can translate them. */
export type WellKnownMac = 'broadcast' | 'ipv4-multicast' | 'ipv6-multicast' | 'stp';

interface WellKnownBlock {
  readonly name: WellKnownMac;
  readonly prefix: bigint;
  /** Number of leading bits that must match. */
  readonly bits: number;
  readonly source: string;
}

/** Blocks of the MAC space with a fixed meaning; the longest matching block wins. */
const WELL_KNOWN: readonly WellKnownBlock[] = [
  { name: 'broadcast', prefix: 0xffffffffffffn, bits: 48, source: 'IEEE 802' },
  { name: 'ipv4-multicast', prefix: 0x01005e000000n, bits: 25, source: 'RFC 1112 §6.4' },
  { name: 'ipv6-multicast', prefix: 0x333300000000n, bits: 16, source: 'RFC 2464 §7' },
  { name: 'stp', prefix: 0x0180c2000000n, bits: 48, source: 'IEEE 802.1D' },
];

/** Everything a MAC address says about itself. */
export interface MacReport {
  readonly mac: MacAddress;
  /** Lower-case, colon-separated: 00:1a:2b:3c:4d:5e. */
  readonly canonical: string;
  /** The first three bytes: the OUI the IEEE assigned to the maker (when universal). */
  readonly oui: string;
  /** The last three bytes: the number the maker gave this interface. */
  readonly device: string;
  readonly firstOctet: number;
  /** The first octet as eight binary digits, most significant first. */
  readonly firstOctetBinary: string;
  /** Bit 0 of the first octet, the first bit on the wire: 0 individual, 1 group. */
  readonly igBit: 0 | 1;
  /** Bit 1 of the first octet: 0 universally, 1 locally administered. */
  readonly ulBit: 0 | 1;
  readonly cast: MacCast;
  readonly administration: MacAdministration;
  readonly wellKnown: { readonly name: WellKnownMac; readonly source: string } | null;
}

function wellKnownBlock(mac: MacAddress): WellKnownBlock | undefined {
  let best: WellKnownBlock | undefined;
  for (const block of WELL_KNOWN) {
    const shift = BigInt(48 - block.bits);
    if (mac.value >> shift !== block.prefix >> shift) continue;
    if (best === undefined || block.bits > best.bits) best = block;
  }
  return best;
}

/**
 * Decodes a MAC address: its OUI and device halves, the I/G bit (unicast or group) and the U/L
 * bit (universal or local) of its first octet, and any well-known block it falls in.
 * @example decodeMac(parseMac('01:00:5e:00:00:fb')).cast // 'multicast'
 */
export function decodeMac(mac: MacAddress): MacReport {
  const canonical = formatMac(mac);
  const firstOctet = macOctets(mac)[0] ?? 0;
  const igBit = (firstOctet & 1) === 1 ? 1 : 0;
  const ulBit = (firstOctet & 2) === 2 ? 1 : 0;
  const block = wellKnownBlock(mac);
  const broadcast = mac.value === 0xffffffffffffn;
  return {
    mac,
    canonical,
    oui: canonical.slice(0, 8),
    device: canonical.slice(9),
    firstOctet,
    firstOctetBinary: firstOctet.toString(2).padStart(8, '0'),
    igBit,
    ulBit,
    cast: broadcast ? 'broadcast' : igBit === 1 ? 'multicast' : 'unicast',
    administration: ulBit === 1 ? 'local' : 'universal',
    wellKnown: block === undefined ? null : { name: block.name, source: block.source },
  };
}
