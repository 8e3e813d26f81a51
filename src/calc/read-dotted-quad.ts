const DOT = 0x2e;
const ZERO = 0x30;

/**
 * Reads canonical dotted-decimal IPv4 from `bytes[start..end)` without allocating: exactly four
 * decimal octets 0-255 without leading zeros, and nothing else. Returns the address as an
 * unsigned 32-bit number, or -1 for any other text; `parseIpv4` explains what is wrong with it.
 * Accepts exactly the text `parseIpv4` accepts, so the text is also the address' canonical form.
 * @example readDottedQuad(Buffer.from('10.1.2.3'), 0, 8) // 167838211
 */
export function readDottedQuad(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let at = start; at < end; at += 1) {
    const byte = bytes[at]!;
    if (byte === DOT) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots += 1;
      continue;
    }
    const digit = byte - ZERO;
    // A digit after a leading "0" would make a leading zero; 256 and up is not an octet.
    if (digit < 0 || digit > 9 || (digits > 0 && octet === 0)) return -1;
    octet = octet * 10 + digit;
    digits += 1;
    if (octet > 255) return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + octet;
}
