/**
 * The netlab transfer protocol on the wire. Every message is one length-prefixed frame (a 4-byte
 * big-endian length, see src/net/length-prefix-encoder.ts) whose first payload byte says what it
 * is. Bytes after the type byte:
 *
 *     'H' header  UTF-8 JSON {"name": base name, "size": bytes}      sender -> receiver
 *     'D' data    the next bytes of the file (1 to 1 MiB)             sender -> receiver
 *     'E' end     the SHA-256 of the whole file, 32 raw bytes         sender -> receiver
 *     'A' ack     UTF-8 JSON {"name", "size", "sha256": hex}          receiver -> sender
 *     'X' error   UTF-8 JSON {"code", "message"}, then the end closes either way
 *
 * A file is H, then D frames, then E; the receiver answers A (saved) or X (refused or failed) and
 * the sender waits for it before the next file. The sender closes the connection when done.
 */

/** The type byte that starts every frame's payload. */
export const FrameType = {
  header: 0x48,
  data: 0x44,
  end: 0x45,
  ack: 0x41,
  error: 0x58,
} as const;

/** The name of one frame type. */
export type FrameKind = keyof typeof FrameType;

/** The frame type a type byte stands for, or undefined for an unknown byte. */
export function frameKindOf(byte: number | undefined): FrameKind | undefined {
  for (const [kind, value] of Object.entries(FrameType)) {
    if (value === byte) return kind as FrameKind;
  }
  return undefined;
}

/** Bytes of file in each data frame netlab sends: 256 KiB. */
export const DATA_CHUNK_BYTES = 256 * 1024;

/** The most file bytes one data frame may carry (other senders may use up to this): 1 MiB. */
export const MAX_DATA_BYTES = 1024 * 1024;

/** The longest frame a receiver accepts: a full data frame and its type byte. */
export const MAX_FRAME_BYTES = MAX_DATA_BYTES + 1;

/** The longest JSON document (header, ack or error) either end accepts: 4 KiB. */
export const MAX_JSON_BYTES = 4096;

/** Bytes in a SHA-256 digest. */
export const SHA256_BYTES = 32;

/** The idle timeout both ends use unless told otherwise: 30 s. */
export const DEFAULT_TIMEOUT_MS = 30_000;
