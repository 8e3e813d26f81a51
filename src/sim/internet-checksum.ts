/**
 * The Internet checksum (RFC 1071): the ones' complement of the ones' complement sum of the data
 * taken as 16-bit big-endian words, an odd last byte padded with zero. Summing a header that
 * already holds its correct checksum gives 0xffff, so this function returns 0 for it.
 * @example internetChecksum(Uint8Array.of(0x45, 0x00, 0x00, 0x1c)) // 0xbae3
 */
export function internetChecksum(data: Uint8Array): number {
  let sum = 0;
  for (let index = 0; index < data.length; index += 2) {
    sum += ((data[index] ?? 0) << 8) | (data[index + 1] ?? 0);
    sum = (sum & 0xffff) + (sum >>> 16);
  }
  return ~sum & 0xffff;
}
