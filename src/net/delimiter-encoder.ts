import { DelimiterInPayloadError } from './delimiter-in-payload-error.js';

/** The byte that ends every delimited frame: a newline, "\n" (0x0a). */
export const DELIMITER = 0x0a;

/**
 * Delimiter framing, the sending half: every message goes out followed by a newline. Simple and
 * readable in a terminal, but a message that itself contains a newline would arrive as two, so
 * this refuses such a message instead of sending it.
 *
 * @example
 * encodeDelimitedFrame(Buffer.from('hi')); // <Buffer 68 69 0a>
 */
export function encodeDelimitedFrame(payload: Uint8Array): Buffer {
  const offset = payload.indexOf(DELIMITER);
  if (offset !== -1) throw new DelimiterInPayloadError(offset);
  const frame = Buffer.allocUnsafe(payload.length + 1);
  frame.set(payload, 0);
  frame[payload.length] = DELIMITER;
  return frame;
}
