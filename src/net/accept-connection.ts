import type { Server, Socket } from 'node:net';
import { timeoutError } from './socket-error.js';
import { waitForEvent } from './wait-for-event.js';

/** Waits for the next connection a server accepts; fails with ETIMEDOUT after `timeoutMs`. */
export async function acceptConnection(
  server: Server,
  options: { readonly timeoutMs: number; readonly signal?: AbortSignal },
): Promise<Socket> {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : '?';
  const [socket] = await waitForEvent<[Socket]>(server, 'connection', {
    timeoutMs: options.timeoutMs,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    onTimeout: () => timeoutError(`no client connected to port ${port}`, options.timeoutMs),
  });
  return socket;
}
