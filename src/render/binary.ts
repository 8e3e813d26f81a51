import type { IpAddress } from '../calc/address.js';
import { formatBinary } from '../calc/format-binary.js';
import type { Palette } from './palette.js';

/** IPv6 bits per line: four lines of 32, each as wide as an IPv4 address, so it fits 80 columns. */
const IPV6_BITS_PER_LINE = 32;

/** Options for a rendered binary view. */
export interface RenderBinaryOptions {
  /** Mark off the network bits (coloured, then "|") from the host bits (dimmed). */
  readonly prefix?: number;
  readonly colors: Palette;
}

/**
 * The bits of an address or mask for a terminal: IPv4 on one line with its octets, IPv6 as four
 * lines of two 16-bit groups. Network bits and host bits are split by "|" and, with colour on,
 * network bits are cyan and host bits dim.
 */
export function renderBinary(address: IpAddress, options: RenderBinaryOptions): string {
  const { colors, prefix } = options;
  const lines = formatBinary(address.value, address.version, {
    ...(prefix === undefined ? {} : { prefix }),
    ...(address.version === 6 ? { bitsPerLine: IPV6_BITS_PER_LINE } : {}),
  });
  if (prefix === undefined) return lines.join('\n');
  let inNetwork = prefix > 0;
  return lines
    .map((line) => {
      const marker = line.indexOf('|');
      if (marker === -1) return inNetwork ? colors.cyan(line) : colors.dim(line);
      inNetwork = false;
      const network = line.slice(0, marker);
      const host = line.slice(marker + 1);
      return `${colors.cyan(network)}|${colors.dim(host)}`;
    })
    .join('\n');
}
