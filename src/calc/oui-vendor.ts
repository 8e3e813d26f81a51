import type { MacAddress } from './mac-address.js';

/**
 * The IEEE registries as netlab reads them: an assigned prefix in upper-case hex (6 digits for
 * MA-L, 7 for MA-M, 9 for MA-S) mapped to the organisation that holds it. A `Map` is one.
 */
export interface OuiRegistry {
  get(prefix: string): string | undefined;
}

/** Who a MAC address's maker is, as far as the IEEE registries say. */
export type MacVendor =
  /** An IEEE assignment covers it: `prefix` (6, 7 or 9 hex digits) is registered to `organization`. */
  | { readonly status: 'assigned'; readonly prefix: string; readonly organization: string }
  /** Universally administered, but no organisation is registered for its OUI. */
  | { readonly status: 'unassigned'; readonly prefix: string }
  /** The U/L bit is set: the address was chosen locally, so no OUI and no vendor apply. */
  | { readonly status: 'local' };

/** Longest first: an MA-S block inside an MA-L one names the smaller organisation. */
const PREFIX_DIGITS = [9, 7, 6] as const;

/**
 * Looks the maker of a MAC address up in the IEEE registries. The I/G bit is cleared first (a
 * group address under an OUI, such as 01:00:5e for IANA's 00:00:5e, belongs to the OUI's
 * holder); a locally administered address names no vendor at all.
 * @example ouiVendor(parseMac('00:00:5e:00:53:01'), registry) // { status: 'assigned', prefix: '00005E', organization: 'ICANN, IANA Department' }
 */
export function ouiVendor(mac: MacAddress, registry: OuiRegistry): MacVendor {
  if (((mac.value >> 41n) & 1n) === 1n) return { status: 'local' };
  const hex = (mac.value & ~(1n << 40n)).toString(16).toUpperCase().padStart(12, '0');
  for (const digits of PREFIX_DIGITS) {
    const organization = registry.get(hex.slice(0, digits));
    if (organization !== undefined)
      return { status: 'assigned', prefix: hex.slice(0, digits), organization };
  }
  return { status: 'unassigned', prefix: hex.slice(0, 6) };
}
