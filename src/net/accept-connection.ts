import type { Server, Socket } from 'node:net';
import { timeoutError } from './socket-error.js';
import { waitForEvent } from './wait-for-event.js';

/**
 * Waits for the next connection a server accepts; fails with ETIMEDOUT after `timeoutMs`, and
 * with InterruptedError on abort or once the server closes, so no timer outlives the server.
 */
export async function acceptConnection(
  server: Server,
  options: { readonly timeoutMs: number; readonly signal?: AbortSignal },
): Promise<Socket> {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : '?';
  const stop = new AbortController();
  const abort = (): void => stop.abort();
  if (options.signal?.aborted) abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  server.once('close', abort);
  try {
    const [socket] = await waitForEvent<[Socket]>(server, 'connection', {
      timeoutMs: options.timeoutMs,
      signal: stop.signal,
      onTimeout: () => timeoutError(`no client connected to port ${port}`, options.timeoutMs),
    });
    return socket;
  } finally {
    options.signal?.removeEventListener('abort', abort);
    server.off('close', abort);
  }
}
