import type { Socket } from 'node:net';
import { NetlabError } from '../core/errors.js';
import { waitForEvent } from './wait-for-event.js';

/** How to read a socket to its end. */
export interface ReadUntilEndOptions {
  /** Called with each read, as the system delivered it. */
  readonly onRead: (chunk: Buffer) => void;
  /** Stop with an error after this many bytes in all: the peer controls the length. */
  readonly maxBytes: number;
  /** Give up when the other end has not finished within this long (default 10 s). */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * Reads `socket` until the other end finishes sending, handing over each read exactly as it came
 * (its size is the system's choice, not the sender's). Resolves with the total bytes read.
 */
export async function readUntilEnd(socket: Socket, options: ReadUntilEndOptions): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let total = 0;
  const onData = (chunk: Buffer): void => {
    total += chunk.length;
    if (total > options.maxBytes) {
      socket.destroy(
        new NetlabError('too-much-data', {
          peer: String(socket.remoteAddress),
          limit: options.maxBytes,
        }),
      );
      return;
    }
    options.onRead(chunk);
  };
  socket.on('data', onData);
  socket.resume();
  try {
    await waitForEvent(socket, 'end', {
      timeoutMs,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      onTimeout: () =>
        new NetlabError('finish-timeout', {
          peer: String(socket.remoteAddress),
          seconds: timeoutMs / 1000,
        }),
    });
  } finally {
    socket.off('data', onData);
  }
  return total;
}
