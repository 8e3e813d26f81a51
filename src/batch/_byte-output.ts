const COLON = 0x3a;
const HEX = '0123456789abcdef';

/** Packs up to four bytes of `bytes` from `at` into 32 bits, little-endian (the first lowest). */
function packWord(bytes: Uint8Array, at: number): number {
  let word = 0;
  for (let index = 3; index >= 0; index -= 1) word = word * 256 + (bytes[at + index] ?? 0);
  return word;
}

/**
 * Each octet's decimal text and a dot after it, packed as `packWord` packs, so that one is
 * written with one 32-bit store and no division or branch.
 */
const OCTET_TEXT = Uint32Array.from({ length: 256 }, (_, octet) =>
  packWord(Buffer.from(`${octet}.`), 0),
);
/** The length of each octet's decimal text, 1-3. */
const OCTET_LENGTH = Uint8Array.from({ length: 256 }, (_, octet) => String(octet).length);

/** Writes `octet` in decimal and a dot at `at`, four bytes in all; returns where its digits end. */
function writeOctet(view: DataView, at: number, octet: number): number {
  view.setUint32(at, OCTET_TEXT[octet]!, true);
  return at + OCTET_LENGTH[octet]!;
}

/** Room `writeDotted` needs: it writes up to this many bytes from where it starts. */
export const DOTTED_ROOM = 16;

/**
 * Writes an unsigned 32-bit value as dotted-decimal IPv4 at `at`; returns where it ends (15
 * bytes on at most). It may write scratch bytes past that end, up to `DOTTED_ROOM` bytes from
 * `at`, which the next write covers.
 *
 * With `writeShort` and `writeBytes`, for a fast path that writes a whole answer into the room
 * `ByteOutput.reserve` made: free functions on a position, which the compiler inlines, cost far
 * less per line than a method call per piece, and a DataView's 32-bit stores, which it also
 * inlines, cost far less for a short piece than `Uint8Array.prototype.set`.
 */
export function writeDotted(view: DataView, at: number, value: number): number {
  const first = writeOctet(view, at, value >>> 24);
  const second = writeOctet(view, first + 1, (value >>> 16) & 0xff);
  const third = writeOctet(view, second + 1, (value >>> 8) & 0xff);
  return writeOctet(view, third + 1, value & 0xff);
}

/** Writes all of `piece` (a prepared part of an answer) at `at`; returns where it ends. */
export function writeBytes(bytes: Uint8Array, at: number, piece: Uint8Array): number {
  bytes.set(piece, at);
  return at + piece.length;
}

/** The longest piece a `ShortPiece` holds; `writeShort` writes this many bytes. */
export const SHORT_ROOM = 24;

/**
 * A prepared part of an answer of at most `SHORT_ROOM` bytes, packed into six 32-bit words, for
 * `writeShort`: under about 24 bytes, six inlined stores are several times cheaper than one call
 * of `Uint8Array.prototype.set`; over that, `writeBytes` is cheaper.
 */
export class ShortPiece {
  readonly length: number;
  readonly w0: number;
  readonly w1: number;
  readonly w2: number;
  readonly w3: number;
  readonly w4: number;
  readonly w5: number;

  constructor(text: string) {
    const bytes = Buffer.from(text);
    if (bytes.length > SHORT_ROOM) {
      throw new RangeError(`ShortPiece of ${bytes.length} bytes, over ${SHORT_ROOM}: "${text}"`);
    }
    this.length = bytes.length;
    this.w0 = packWord(bytes, 0);
    this.w1 = packWord(bytes, 4);
    this.w2 = packWord(bytes, 8);
    this.w3 = packWord(bytes, 12);
    this.w4 = packWord(bytes, 16);
    this.w5 = packWord(bytes, 20);
  }
}

/**
 * Writes `piece` at `at`; returns where it ends. It writes `SHORT_ROOM` bytes in all, scratch
 * past the end, which the next write covers.
 */
export function writeShort(view: DataView, at: number, piece: ShortPiece): number {
  view.setUint32(at, piece.w0, true);
  view.setUint32(at + 4, piece.w1, true);
  view.setUint32(at + 8, piece.w2, true);
  view.setUint32(at + 12, piece.w3, true);
  view.setUint32(at + 16, piece.w4, true);
  view.setUint32(at + 20, piece.w5, true);
  return at + piece.length;
}

/**
 * A prepared part of an answer whose length is not known when the code is written (its words
 * come from a language's catalogue), for `writePiece`: held as a `ShortPiece` when it fits one.
 */
export class TextPiece {
  readonly length: number;
  readonly short: ShortPiece | null;
  readonly bytes: Buffer;

  constructor(text: string) {
    this.bytes = Buffer.from(text);
    this.length = this.bytes.length;
    this.short = this.length <= SHORT_ROOM ? new ShortPiece(text) : null;
  }
}

/**
 * Writes `piece` at `at` as `writeShort` does when it is short and as `writeBytes` does when not;
 * returns where it ends. One code path for every language: the branch goes the same way for a
 * piece line after line, so it costs next to nothing.
 */
export function writePiece(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  piece: TextPiece,
): number {
  const short = piece.short;
  return short === null ? writeBytes(bytes, at, piece.bytes) : writeShort(view, at, short);
}

/** Room for the longest single answer a fast path writes; the buffer grows past it if needed. */
const INITIAL_CAPACITY = 1 << 20;

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Output assembled as bytes in one large buffer, so that a batch writes a chunk's answers with
 * one call instead of building a string a line. `take` hands the bytes over and starts a fresh
 * buffer, because the stream may still hold the old one.
 */
export class ByteOutput {
  #bytes = Buffer.allocUnsafe(INITIAL_CAPACITY);
  #view = viewOf(this.#bytes);
  #length = 0;

  /** Bytes written since the last `take`. */
  get length(): number {
    return this.#length;
  }

  /** Appends the bytes `source[start..end)`. */
  copy(source: Uint8Array, start: number, end: number): void {
    this.#room(end - start);
    const bytes = this.#bytes;
    let length = this.#length;
    for (let at = start; at < end; at += 1) bytes[length++] = source[at]!;
    this.#length = length;
  }

  /** Appends again the bytes `[start, end)` written since the last `take`. */
  repeat(start: number, end: number): void {
    this.#room(end - start);
    this.#bytes.copyWithin(this.#length, start, end);
    this.#length += end - start;
  }

  /** Appends all of `source` (a prepared piece of an answer). */
  put(source: Uint8Array): void {
    this.#room(source.length);
    this.#length = writeBytes(this.#bytes, this.#length, source);
  }

  /** Appends any text as UTF-8. */
  text(text: string): void {
    this.#room(Buffer.byteLength(text));
    this.#length += this.#bytes.write(text, this.#length);
  }

  /** Appends an unsigned 32-bit value as dotted-decimal IPv4. */
  dotted(value: number): void {
    this.#room(DOTTED_ROOM);
    this.#length = writeDotted(this.#view, this.#length, value);
  }

  /**
   * Makes room for `size` more bytes and returns the buffer to write them into, from `length`
   * on; `advance` then says where the writing ended. Any other call may replace the buffer.
   */
  reserve(size: number): Uint8Array {
    this.#room(size);
    return this.#bytes;
  }

  /** A DataView of the buffer `reserve` returned, for `writeDotted` and `writeShort`. */
  get view(): DataView {
    return this.#view;
  }

  /** Marks the bytes written into the buffer `reserve` returned, up to `end`, as output. */
  advance(end: number): void {
    if (end < this.#length || end > this.#bytes.length) {
      throw new RangeError(
        `ByteOutput.advance(${end}) outside ${this.#length}-${this.#bytes.length}`,
      );
    }
    this.#length = end;
  }

  /**
   * Appends eight 16-bit groups as RFC 5952 IPv6 text: lower-case hex without leading zeros, the
   * first longest run of two or more zero groups written "::". (No dotted IPv4 tail: callers
   * leave IPv4-mapped addresses to the careful path.)
   */
  ipv6(groups: Uint16Array): void {
    let runStart = -1;
    let runLength = 1;
    for (let index = 0; index < 8; ) {
      if (groups[index] !== 0) {
        index += 1;
        continue;
      }
      let end = index;
      while (end < 8 && groups[end] === 0) end += 1;
      if (end - index > runLength) {
        runStart = index;
        runLength = end - index;
      }
      index = end;
    }
    for (let index = 0; index < 8; index += 1) {
      if (index === runStart) {
        this.#byte(COLON);
        if (index === 0) this.#byte(COLON);
        index += runLength - 1;
        continue;
      }
      this.#hex(groups[index]!);
      if (index < 7) this.#byte(COLON);
    }
  }

  /** The bytes written so far, or null if none; the next write starts a new buffer. */
  take(): Buffer | null {
    if (this.#length === 0) return null;
    const written = this.#bytes.subarray(0, this.#length);
    this.#bytes = Buffer.allocUnsafe(Math.max(INITIAL_CAPACITY, this.#length));
    this.#view = viewOf(this.#bytes);
    this.#length = 0;
    return written;
  }

  #byte(byte: number): void {
    this.#room(1);
    this.#bytes[this.#length++] = byte;
  }

  #hex(group: number): void {
    this.#room(4);
    let shift = 12;
    while (shift > 0 && group >> shift === 0) shift -= 4;
    for (; shift >= 0; shift -= 4)
      this.#bytes[this.#length++] = HEX.charCodeAt((group >> shift) & 0xf);
  }

  #room(needed: number): void {
    if (this.#length + needed <= this.#bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.#bytes.length * 2, this.#length + needed));
    this.#bytes.copy(grown, 0, 0, this.#length);
    this.#bytes = grown;
    this.#view = viewOf(grown);
  }
}
