import { readDottedQuad } from '../calc/read-dotted-quad.js';

const SPACE = 0x20;
const TAB = 0x09;
const SLASH = 0x2f;
const DOT = 0x2e;
const ZERO = 0x30;

/** At most four fields a line: the most any batch command of IPv4 hosts reads. */
const MAX_FIELDS = 4;

/** What a byte is to `split`: a byte of a field (digit, ".", "/"), a blank, or anything else. */
const OTHER = 0;
const BLANK = 1;
const FIELD = 2;
const BYTE_KIND = new Uint8Array(256);
BYTE_KIND[SPACE] = BLANK;
BYTE_KIND[TAB] = BLANK;
BYTE_KIND[DOT] = FIELD;
BYTE_KIND[SLASH] = FIELD;
for (let digit = 0; digit < 10; digit += 1) BYTE_KIND[ZERO + digit] = FIELD;

/**
 * The fields of a line of IPv4 hosts and masks, found without allocating: `count` fields, field
 * `i` being `bytes[starts[i]..ends[i])`, with its first "/" at `slashes[i]` (-1: none). Filled
 * by `split`; reused line after line.
 */
export class HostFields {
  readonly starts = new Int32Array(MAX_FIELDS);
  readonly ends = new Int32Array(MAX_FIELDS);
  readonly slashes = new Int32Array(MAX_FIELDS);
  count = 0;

  /**
   * Splits `bytes[start..end)` on runs of spaces and tabs, ends trimmed, as `splitFields` does.
   * Returns false when a byte other than a digit, ".", "/", space or tab appears, or when there
   * are more than four fields: such a line is left to the careful path.
   */
  split(bytes: Uint8Array, start: number, end: number): boolean {
    const { starts, ends, slashes } = this;
    let count = 0;
    let inField = false;
    for (let at = start; at < end; at += 1) {
      const byte = bytes[at]!;
      const kind = BYTE_KIND[byte]!;
      if (kind === OTHER) return false;
      if (kind === BLANK) {
        if (inField) ends[count - 1] = at;
        inField = false;
        continue;
      }
      if (!inField) {
        if (count === MAX_FIELDS) return false;
        starts[count] = at;
        slashes[count] = -1;
        count += 1;
        inField = true;
      }
      if (byte === SLASH && slashes[count - 1] === -1) slashes[count - 1] = at;
    }
    if (inField) ends[count - 1] = end;
    this.count = count;
    return true;
  }
}

/** A canonical prefix length 0-32 in `bytes[start..end)` (digits, no leading zero), or -1. */
export function readPrefix(bytes: Uint8Array, start: number, end: number): number {
  if (start === end || end - start > 2) return -1;
  const first = bytes[start]! - ZERO;
  if (first < 0 || first > 9 || (first === 0 && end - start > 1)) return -1;
  if (end - start === 1) return first;
  const second = bytes[start + 1]! - ZERO;
  if (second < 0 || second > 9) return -1;
  const prefix = first * 10 + second;
  return prefix <= 32 ? prefix : -1;
}

/** The mask of an IPv4 prefix length, as an unsigned 32-bit number. */
export function maskOfPrefix(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/**
 * The prefix length of a mask field as `parseMask` reads it for IPv4: "/24", "24", or a dotted
 * mask whose ones are contiguous. -1 for anything else.
 */
export function readMaskField(bytes: Uint8Array, start: number, end: number): number {
  if (bytes[start] === SLASH) return readPrefix(bytes, start + 1, end);
  let digitsOnly = true;
  for (let at = start; at < end && digitsOnly; at += 1) digitsOnly = bytes[at] !== DOT;
  if (digitsOnly) return readPrefix(bytes, start, end);
  const value = readDottedQuad(bytes, start, end);
  if (value === -1) return -1;
  const hostBits = ~value >>> 0;
  if ((hostBits & (hostBits + 1)) !== 0) return -1;
  return Math.clz32(hostBits);
}
