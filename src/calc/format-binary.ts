import { bitsOf, type IpVersion } from './address.js';

/** Options for the binary text of an address or mask. */
export interface BinaryOptions {
  /** Mark where the network bits end with "|" (replacing the group separator when one is there). */
  readonly prefix?: number;
  /** Start a new line after this many bits (a multiple of the group size); all on one line if absent. */
  readonly bitsPerLine?: number;
}

/** Bits per group: octets for IPv4, 16-bit groups for IPv6. */
function groupBits(version: IpVersion): 8 | 16 {
  return version === 4 ? 8 : 16;
}

/**
 * The bits of a value, most significant first, grouped the way the address is written: octets
 * joined by "." for IPv4, 16-bit groups joined by ":" for IPv6, with an optional "|" where the
 * network bits end.
 * @example formatBinary(0xc0a80105n, 4, { prefix: 24 }) // ['11000000.10101000.00000001|00000101']
 */
export function formatBinary(
  value: bigint,
  version: IpVersion,
  options: BinaryOptions = {},
): string[] {
  const width = bitsOf(version);
  const group = groupBits(version);
  const separator = version === 4 ? '.' : ':';
  const perLine = options.bitsPerLine ?? width;
  const bits = value.toString(2).padStart(width, '0');
  const lines: string[] = [];
  let line = '';
  for (let index = 0; index < width; index += 1) {
    if (index > 0 && index % perLine === 0) {
      lines.push(line);
      line = '';
    }
    if (index === options.prefix) line += '|';
    else if (line !== '' && index % group === 0) line += separator;
    line += bits[index];
  }
  lines.push(options.prefix === width ? `${line}|` : line);
  return lines;
}
