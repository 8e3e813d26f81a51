/**
 * A parsed 48-bit MAC address (IEEE EUI-48): `value` is the address as an unsigned integer, first
 * transmitted byte most significant. The only way to get one from text is `parseMac`.
 */
export interface MacAddress {
  readonly value: bigint;
}

/** How `formatMac` writes an address. */
export interface FormatMacOptions {
  /** `:` (the default, as Linux prints), `-` (Windows, IEEE) or `.` (Cisco, three groups of four). */
  readonly separator?: ':' | '-' | '.';
  /** Upper-case hex digits (the default is lower case). */
  readonly upper?: boolean;
}

/** The six bytes of a MAC address, first transmitted byte first. */
export function macOctets(mac: MacAddress): number[] {
  const octets: number[] = [];
  for (let shift = 40n; shift >= 0n; shift -= 8n) octets.push(Number((mac.value >> shift) & 0xffn));
  return octets;
}

/**
 * Writes a MAC address as text.
 * @example formatMac({ value: 0x001a2b3c4d5en }, { separator: '.' }) // '001a.2b3c.4d5e'
 */
export function formatMac(mac: MacAddress, options: FormatMacOptions = {}): string {
  const hex = macOctets(mac).map((octet) => octet.toString(16).padStart(2, '0'));
  const separator = options.separator ?? ':';
  const text =
    separator === '.'
      ? [0, 2, 4].map((index) => `${hex[index]}${hex[index + 1]}`).join('.')
      : hex.join(separator);
  return options.upper === true ? text.toUpperCase() : text;
}
