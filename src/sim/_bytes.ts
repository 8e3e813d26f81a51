import { NetlabError } from '../core/errors.js';

/** Reads a big-endian unsigned integer of `size` bytes (at most 4) at `offset`. */
export function readUint(bytes: Uint8Array, offset: number, size: number): number {
  let value = 0;
  for (let index = 0; index < size; index += 1) value = value * 256 + (bytes[offset + index] ?? 0);
  return value;
}

/** Writes `value` big-endian into `size` bytes at `offset`. */
export function writeUint(bytes: Uint8Array, offset: number, size: number, value: number): void {
  let rest = value;
  for (let index = size - 1; index >= 0; index -= 1) {
    bytes[offset + index] = rest % 256;
    rest = Math.floor(rest / 256);
  }
}

/** Reads a 48-bit MAC address at `offset`. */
export function readMac(bytes: Uint8Array, offset: number): bigint {
  let value = 0n;
  for (let index = 0; index < 6; index += 1)
    value = (value << 8n) | BigInt(bytes[offset + index] ?? 0);
  return value;
}

/** Writes a 48-bit value at `offset`. */
export function writeMac(bytes: Uint8Array, offset: number, value: bigint): void {
  for (let index = 0; index < 6; index += 1)
    bytes[offset + index] = Number((value >> BigInt(40 - 8 * index)) & 0xffn);
}

/** Refuses bytes too short to hold what is being parsed. */
export function needBytes(bytes: Uint8Array, length: number, what: string): void {
  if (bytes.length < length) {
    throw new NetlabError('bad-bytes', { what, length, got: bytes.length });
  }
}
