import { createServer, type Server, type Socket } from 'node:net';
import { listenServer } from './_listen-server.js';
import { IdleTimeoutError } from './idle-timeout-error.js';

/** Where and how a TCP server listens. */
export interface ListenTcpOptions {
  readonly host: string;
  /** 0 lets the operating system choose a free port. */
  readonly port: number;
  /** Accepted connections start paused: bytes wait in the kernel until the socket is resumed. */
  readonly pauseOnConnect?: boolean;
  /** Send small writes at once instead of batching them (Nagle's algorithm off). */
  readonly noDelay?: boolean;
  /**
   * A connection that stays silent this long is destroyed (default 10 s). 0 leaves the limit to
   * whoever handles the connection, which must then set one.
   */
  readonly idleTimeoutMs?: number;
  /** What to try, by error code (e.g. EADDRINUSE), instead of the standard hints. */
  readonly hints?: Readonly<Record<string, string>>;
}

/** A listening TCP server and the address it actually got. */
export interface TcpListener {
  readonly server: Server;
  readonly host: string;
  readonly port: number;
  /** Stops listening and destroys every connection still open; resolves once all are closed. */
  readonly close: () => Promise<void>;
}

/** The default idle timeout on accepted connections. */
export const DEFAULT_IDLE_TIMEOUT_MS = 10_000;

/**
 * Starts a TCP server on `host:port` and resolves once it listens. Fails with one clear line on
 * EADDRINUSE and the like. Every accepted connection gets an idle timeout and is tracked, so
 * `close()` leaves nothing open.
 */
export async function listenTcp(options: ListenTcpOptions): Promise<TcpListener> {
  const server = createServer({
    pauseOnConnect: options.pauseOnConnect ?? false,
    noDelay: options.noDelay ?? false,
  });
  const open = new Set<Socket>();
  const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  server.on('connection', (socket) => {
    open.add(socket);
    // Whoever reads the socket listens for 'error' itself; this keeps an error that arrives
    // while nobody waits (a reset) from crashing the process.
    socket.on('error', ignore);
    socket.once('close', () => open.delete(socket));
    if (idleMs > 0) {
      socket.setTimeout(idleMs, () =>
        socket.destroy(new IdleTimeoutError(idleMs, socket.remoteAddress ?? '?')),
      );
    }
  });
  const port = await listenServer(server, options);
  const close = (): Promise<void> =>
    new Promise<void>((resolve) => {
      for (const socket of open) socket.destroy();
      if (!server.listening) {
        resolve();
        return;
      }
      server.close(() => resolve());
    });
  return { server, host: options.host, port, close };
}

function ignore(): void {}
