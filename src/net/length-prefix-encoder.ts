/**
 * Length-prefix framing, the sending half: every message goes out as a 4-byte length followed by
 * the message's bytes.
 *
 * The length is an unsigned 32-bit integer in big-endian order ("network byte order"): the most
 * significant byte goes first, whatever the sending machine's own byte order. Both ends therefore
 * read the same number. The course's Python sender uses `struct.pack('i', n)`, which packs a
 * *signed* 32-bit integer in the machine's *native* order (little-endian on x86 and most ARM), so
 * a big-endian receiver would read a different length; the portable Python spelling is
 * `struct.pack('!I', n)` (or `'>I'`), which is exactly this header.
 *
 *     offset  0    1    2    3    4 ...
 *             +----+----+----+----+---------------------+
 *             | length (uint32 BE) | length bytes of data |
 *             +----+----+----+----+---------------------+
 */

/** The largest length a 4-byte unsigned prefix can carry: 2^32 - 1 bytes. */
export const MAX_PREFIXED_LENGTH = 0xffff_ffff;

/** Builds the 4-byte big-endian header announcing a payload of `length` bytes. */
export function frameHeader(length: number): Buffer {
  if (!Number.isSafeInteger(length) || length < 0 || length > MAX_PREFIXED_LENGTH) {
    throw new RangeError(
      `cannot frame ${length} bytes: a 4-byte length prefix holds 0 to ${MAX_PREFIXED_LENGTH}`,
    );
  }
  const header = Buffer.allocUnsafe(4);
  header.writeUInt32BE(length, 0);
  return header;
}

/**
 * Encodes one message as a length-prefixed frame (header and payload in one new buffer).
 *
 * @example
 * encodeFrame(Buffer.from('hi')); // <Buffer 00 00 00 02 68 69>
 */
export function encodeFrame(payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(4 + payload.length);
  frameHeader(payload.length).copy(frame, 0);
  frame.set(payload, 4);
  return frame;
}
