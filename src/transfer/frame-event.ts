import { frameHeader } from '../net/length-prefix-encoder.js';
import type { TransferEvent, TransferSide } from './transfer-event.js';
import { frameKindOf } from './wire-format.js';

/** Bytes of a frame kept in a trace event: a whole header, ack or error frame, or data's start. */
const HEAD_BYTES = 256;

/**
 * The trace event for one frame, given its first bytes (`start`: length prefix, type byte, and
 * as much of the body as is at hand), or undefined when the type byte is unknown.
 */
export function frameEvent(
  side: TransferSide,
  direction: 'send' | 'recv',
  start: Buffer,
): TransferEvent | undefined {
  const kind = frameKindOf(start[4]);
  if (kind === undefined || start.length < 5) return undefined;
  const head = Buffer.from(start.subarray(0, HEAD_BYTES));
  return { event: 'frame', side, direction, kind, bytes: start.readUInt32BE(0) + 4, head };
}

/** The first bytes of a frame whose payload (without prefix) is `payload`, for frameEvent(). */
export function frameStart(payload: Buffer): Buffer {
  return Buffer.concat([frameHeader(payload.length), payload.subarray(0, HEAD_BYTES - 4)]);
}
