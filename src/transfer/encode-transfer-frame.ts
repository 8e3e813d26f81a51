import { encodeFrame, frameHeader } from '../net/length-prefix-encoder.js';
import type { FileAck, FileHeader, PeerError } from './transfer-message.js';
import { type FrameKind, FrameType, MAX_DATA_BYTES, SHA256_BYTES } from './wire-format.js';

function typed(kind: FrameKind, body: Uint8Array): Buffer {
  const payload = Buffer.allocUnsafe(1 + body.length);
  payload[0] = FrameType[kind];
  payload.set(body, 1);
  return encodeFrame(payload);
}

function json(kind: FrameKind, value: object): Buffer {
  return typed(kind, Buffer.from(JSON.stringify(value), 'utf8'));
}

/**
 * Builds a header frame: `{"name","size"}` as JSON.
 *
 * @example
 * headerFrame({ name: 'a', size: 1 }); // <00 00 00 17 48 7b 22 6e 61 6d 65 ...>
 */
export function headerFrame(header: FileHeader): Buffer {
  return json('header', { name: header.name, size: header.size });
}

/**
 * The 5 bytes that go before `length` bytes of file in a data frame (length prefix and type), so
 * the file bytes themselves are written without being copied.
 */
export function dataFramePrefix(length: number): Buffer {
  if (length < 1 || length > MAX_DATA_BYTES) {
    throw new RangeError(`a data frame carries 1 to ${MAX_DATA_BYTES} bytes, not ${length}`);
  }
  const prefix = Buffer.allocUnsafe(5);
  frameHeader(length + 1).copy(prefix, 0);
  prefix[4] = FrameType.data;
  return prefix;
}

/** Builds an end frame carrying the file's SHA-256 digest. */
export function endFrame(sha256: Uint8Array): Buffer {
  if (sha256.length !== SHA256_BYTES) {
    throw new RangeError(`a SHA-256 digest is ${SHA256_BYTES} bytes, not ${sha256.length}`);
  }
  return typed('end', sha256);
}

/** Builds an ack frame: the receiver saved and verified the file. */
export function ackFrame(ack: FileAck): Buffer {
  return json('ack', { name: ack.name, size: ack.size, sha256: ack.sha256 });
}

/** Builds an error frame; the sender of it closes the connection next. */
export function errorFrame(error: PeerError): Buffer {
  return json('error', { code: error.code, message: error.message });
}
