import type { Server } from 'node:net';
import { bindFailure, socketError } from './socket-error.js';

/** Where a server listens, and what to try when it cannot. */
export interface ListenAt {
  readonly host: string;
  /** 0 lets the operating system choose a free port. */
  readonly port: number;
  /** What to try, by error code (e.g. EADDRINUSE), instead of the standard hints. */
  readonly hints?: Readonly<Record<string, string>> | undefined;
}

/**
 * Starts `server` (a net or http server) listening and resolves with the port it got. A failure
 * becomes one line: EADDRINUSE and the like exit 1, an address this machine lacks exits 2.
 */
export async function listenServer(server: Server, at: ListenAt): Promise<number> {
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: at.host, port: at.port }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    throw socketError(error, bindFailure('listen on', at.host, at.port, at.hints));
  }
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : at.port;
}
