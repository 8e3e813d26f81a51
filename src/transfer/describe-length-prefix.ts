/**
 * Explains a length prefix that makes no sense: its four bytes, what they read as when they are
 * text (another protocol, such as an HTTP request), and the negative number a signed reader
 * (Python's struct 'i') would see.
 *
 * @example
 * describeLengthPrefix(0x47455420); // 'bytes 47 45 54 20 read as text: "GET " — the peer ...'
 */
export function describeLengthPrefix(length: number): string {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(length, 0);
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
  if (bytes.every((byte) => byte >= 0x20 && byte < 0x7f)) {
    return `bytes ${hex} read as text: "${bytes.toString('latin1')}" — the peer does not speak netlab's transfer protocol`;
  }
  const signed = bytes.readInt32BE(0);
  if (signed < 0) return `bytes ${hex}; read as a signed 32-bit number it is ${signed}`;
  return `bytes ${hex}`;
}
