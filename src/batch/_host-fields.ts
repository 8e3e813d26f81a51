const SPACE = 0x20;
const TAB = 0x09;
const SLASH = 0x2f;
const DOT = 0x2e;
const ZERO = 0x30;

/** At most four fields a line: the most any batch command of IPv4 hosts reads. */
const MAX_FIELDS = 4;

/** What a field of a host line is, by `HostFields.read`. */
export const FieldKind = {
  /** Canonical dotted-decimal IPv4, "10.1.2.3": `values[i]`. */
  quad: 0,
  /** The same with a prefix length, "10.1.2.3/24": `values[i]` and `prefixes[i]`. */
  quadPrefix: 1,
  /** A bare prefix length, "24": `prefixes[i]`. */
  number: 2,
  /** A prefix length after a slash, "/24": `prefixes[i]`. */
  slashNumber: 3,
} as const;

/**
 * Reads a decimal octet (0-255, without a leading zero) at `at`, before `end`: returns its value
 * times four plus its count of digits (1-3), or -1. It stops at the first byte that is not a
 * digit, or after three digits; whoever reads on must refuse a digit there (a leading zero such
 * as "01", or a fourth digit).
 */
function readOctet(bytes: Uint8Array, at: number, end: number): number {
  const first = at < end ? bytes[at]! - ZERO : -1;
  if (first < 0 || first > 9) return -1;
  const second = first !== 0 && at + 1 < end ? bytes[at + 1]! - ZERO : -1;
  if (second < 0 || second > 9) return first * 4 + 1;
  const two = first * 10 + second;
  const third = at + 2 < end ? bytes[at + 2]! - ZERO : -1;
  if (third < 0 || third > 9) return two * 4 + 2;
  const three = two * 10 + third;
  return three > 255 ? -1 : three * 4 + 3;
}

/** Whether `bytes[at]` ends a field: the end of the line, a space or a tab. */
function endsField(bytes: Uint8Array, at: number, end: number): boolean {
  if (at === end) return true;
  const byte = bytes[at]!;
  return byte === SPACE || byte === TAB;
}

/** A canonical prefix length 0-32 read by `readOctet`, or -1. */
function prefixOf(octet: number): number {
  return octet === -1 || octet > 32 * 4 + 3 || (octet & 3) === 3 ? -1 : octet >> 2;
}

/**
 * The fields of a line of IPv4 hosts and masks, read in one pass over its bytes without
 * allocating: `count` fields, field `i` being of kind `kinds[i]` (a `FieldKind`), with its
 * address in `values[i]` (unsigned 32-bit) and its prefix length in `prefixes[i]`. Filled by
 * `read`; reused line after line.
 */
export class HostFields {
  readonly kinds = new Int32Array(MAX_FIELDS);
  readonly values = new Float64Array(MAX_FIELDS);
  readonly prefixes = new Int32Array(MAX_FIELDS);
  count = 0;

  /**
   * Reads `bytes[start..end)`: fields split on runs of spaces and tabs, ends trimmed, as
   * `splitFields` does, each one of the four `FieldKind` forms in the canonical text the strict
   * parsers accept (octets 0-255 and prefix lengths 0-32, no leading zeros). Returns false for
   * any other line (another byte, another form, more than four fields): the careful path
   * answers it.
   */
  read(bytes: Uint8Array, start: number, end: number): boolean {
    let count = 0;
    let at = start;
    for (;;) {
      while (at < end && (bytes[at] === SPACE || bytes[at] === TAB)) at += 1;
      if (at === end) break;
      if (count === MAX_FIELDS) return false;
      at = this.#field(bytes, at, end, count);
      if (at === -1) return false;
      count += 1;
    }
    this.count = count;
    return true;
  }

  /** Reads field `index` from `at`; returns where it ends, or -1 when it is none of the kinds. */
  #field(bytes: Uint8Array, from: number, end: number, index: number): number {
    if (bytes[from] === SLASH) {
      const octet = readOctet(bytes, from + 1, end);
      const prefix = prefixOf(octet);
      const after = from + 1 + (octet & 3);
      if (prefix === -1 || !endsField(bytes, after, end)) return -1;
      this.kinds[index] = FieldKind.slashNumber;
      this.prefixes[index] = prefix;
      return after;
    }
    let octet = readOctet(bytes, from, end);
    if (octet === -1) return -1;
    let at = from + (octet & 3);
    if (endsField(bytes, at, end)) {
      const prefix = prefixOf(octet);
      if (prefix === -1) return -1;
      this.kinds[index] = FieldKind.number;
      this.prefixes[index] = prefix;
      return at;
    }
    let value = octet >> 2;
    for (let dots = 0; dots < 3; dots += 1) {
      if (at === end || bytes[at] !== DOT) return -1;
      octet = readOctet(bytes, at + 1, end);
      if (octet === -1) return -1;
      at += 1 + (octet & 3);
      value = value * 256 + (octet >> 2);
    }
    this.values[index] = value;
    if (endsField(bytes, at, end)) {
      this.kinds[index] = FieldKind.quad;
      return at;
    }
    if (bytes[at] !== SLASH) return -1;
    octet = readOctet(bytes, at + 1, end);
    const prefix = prefixOf(octet);
    at += 1 + (octet & 3);
    if (prefix === -1 || !endsField(bytes, at, end)) return -1;
    this.kinds[index] = FieldKind.quadPrefix;
    this.prefixes[index] = prefix;
    return at;
  }

  /**
   * The prefix length of field `index` read as a mask, as `parseMask` reads it for IPv4: "/24",
   * "24", or a dotted mask whose ones are contiguous. -1 for anything else.
   */
  maskPrefix(index: number): number {
    const kind = this.kinds[index]!;
    if (kind === FieldKind.number || kind === FieldKind.slashNumber) return this.prefixes[index]!;
    if (kind !== FieldKind.quad) return -1;
    const hostBits = ~this.values[index]! >>> 0;
    if ((hostBits & (hostBits + 1)) !== 0) return -1;
    return Math.clz32(hostBits);
  }
}

/** The mask of an IPv4 prefix length, as an unsigned 32-bit number. */
export function maskOfPrefix(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}
