import { connect, type OnReadOpts, type Socket } from 'node:net';
import { NetlabError } from '../core/errors.js';
import { IdleTimeoutError } from './idle-timeout-error.js';
import { DEFAULT_IDLE_TIMEOUT_MS } from './listen-tcp.js';
import { endpoint, socketError } from './socket-error.js';
import { waitForEvent } from './wait-for-event.js';

/** Where to connect, and how long to wait. */
export interface ConnectTcpOptions {
  readonly host: string;
  readonly port: number;
  /** Give up connecting after this long (default 5 s). */
  readonly timeoutMs?: number;
  /**
   * Once connected, a connection silent this long is destroyed (default 10 s). 0 leaves the limit
   * to the caller, which must then set one.
   */
  readonly idleTimeoutMs?: number;
  /** Send small writes at once instead of batching them (Nagle's algorithm off). */
  readonly noDelay?: boolean;
  /**
   * Read into the caller's buffers instead of emitting 'data' (see net.connect's `onread`). The
   * socket then starts paused: nothing is read until the caller resumes it.
   */
  readonly onread?: OnReadOpts;
  /** What to try, by error code (e.g. ECONNREFUSED), instead of the standard hints. */
  readonly hints?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/**
 * Opens a TCP connection and resolves once it is established. A refused connection or one that
 * takes too long fails with one clear line, and the half-open socket is destroyed.
 */
export async function connectTcp(options: ConnectTcpOptions): Promise<Socket> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const where = endpoint(options.host, options.port);
  const socket = connect({
    host: options.host,
    port: options.port,
    noDelay: options.noDelay ?? false,
    ...(options.onread === undefined ? {} : { onread: options.onread }),
  });
  if (options.onread !== undefined) socket.pause();
  try {
    await waitForEvent(socket, 'connect', {
      timeoutMs,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      onTimeout: () =>
        new NetlabError('connect-timeout', { endpoint: where, seconds: timeoutMs / 1000 }),
    });
  } catch (error) {
    socket.destroy();
    throw socketError(error, {
      action: 'connect to',
      endpoint: where,
      ...(options.hints === undefined ? {} : { hints: options.hints }),
    });
  }
  // Whoever waits on the socket listens for 'error' itself; this keeps an error that arrives
  // between waits (a reset while nobody reads) from crashing the process.
  socket.on('error', ignore);
  const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  if (idleMs > 0) {
    socket.setTimeout(idleMs, () => socket.destroy(new IdleTimeoutError(idleMs, where)));
  }
  return socket;
}

function ignore(): void {}
