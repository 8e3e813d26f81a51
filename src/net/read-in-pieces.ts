import type { Socket } from 'node:net';
import { NetlabError } from '../core/errors.js';
import { waitForEvent } from './wait-for-event.js';

/** How to read a socket in fixed-size pieces. */
export interface ReadInPiecesOptions {
  /** The size of each read, like `recv(size)`; only the last piece may be shorter. */
  readonly size: number;
  /** Called with each piece, in order. */
  readonly onPiece: (piece: Buffer) => void;
  /** Stop with an error after this many bytes in all (default 1 MiB): the peer controls it. */
  readonly maxBytes?: number;
  /** Give up when the other end neither sends nor finishes for this long (default 10 s). */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * Reads `socket` `size` bytes at a time until the other end finishes sending, the way the
 * course's server calls `recv(10)`: each read takes whatever bytes are waiting, regardless of how
 * they were sent. Resolves with the total number of bytes read.
 */
export async function readInPieces(socket: Socket, options: ReadInPiecesOptions): Promise<number> {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  let total = 0;
  const onReadable = (): void => {
    for (let piece = socket.read(options.size); piece !== null; piece = socket.read(options.size)) {
      total += (piece as Buffer).length;
      if (total > maxBytes) {
        socket.destroy(
          new NetlabError('too-much-data', { peer: String(socket.remoteAddress), limit: maxBytes }),
        );
        return;
      }
      options.onPiece(piece as Buffer);
    }
  };
  socket.on('readable', onReadable);
  try {
    await waitForEvent(socket, 'end', {
      timeoutMs: options.timeoutMs ?? 10_000,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      onTimeout: () =>
        new NetlabError('read-timeout', {
          peer: String(socket.remoteAddress),
          seconds: (options.timeoutMs ?? 10_000) / 1000,
        }),
    });
  } finally {
    socket.off('readable', onReadable);
  }
  return total;
}
