const COLON = 0x3a;

/** The value of one hexadecimal digit byte, or -1. */
function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** Moves the groups written after "::" to the end and fills the gap with zeros. */
function expandGap(groups: Uint16Array, count: number, gap: number): void {
  const after = count - gap;
  for (let index = 0; index < after; index += 1) groups[7 - index] = groups[count - 1 - index]!;
  groups.fill(0, gap, 8 - after);
}

/**
 * Reads IPv6 text made of hexadecimal groups from `bytes[start..end)` into eight 16-bit `groups`
 * without allocating: one to four hex digits a group, upper or lower case, at most one "::".
 * Returns false for anything else, including a dotted IPv4 tail, a zone index or a prefix, which
 * `parseIpv6` reads (or explains) instead.
 * @example readIpv6Groups(Buffer.from('2001:db8::1'), 0, 11, new Uint16Array(8)) // true
 */
export function readIpv6Groups(
  bytes: Uint8Array,
  start: number,
  end: number,
  groups: Uint16Array,
): boolean {
  let at = start;
  let count = 0;
  let gap = -1;
  if (bytes[at] === COLON) {
    if (bytes[at + 1] !== COLON) return false;
    gap = 0;
    at += 2;
  }
  while (at < end) {
    let group = 0;
    let digits = 0;
    for (let digit = hexDigit(bytes[at]!); digit !== -1 && at < end; digit = hexDigit(bytes[at]!)) {
      group = group * 16 + digit;
      digits += 1;
      at += 1;
    }
    if (digits === 0 || digits > 4 || count === 8) return false;
    groups[count] = group;
    count += 1;
    if (at === end) break;
    if (bytes[at] !== COLON || at + 1 === end) return false;
    at += 1;
    if (bytes[at] === COLON) {
      if (gap !== -1) return false;
      gap = count;
      at += 1;
    }
  }
  if (gap === -1) return count === 8;
  if (count > 7) return false;
  expandGap(groups, count, gap);
  return true;
}
