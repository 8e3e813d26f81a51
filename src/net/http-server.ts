import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenServer } from './_listen-server.js';

/** Where a tiny HTTP server listens and what it answers. */
export interface HttpServerOptions {
  readonly host: string;
  readonly port: number;
  readonly handler: (request: IncomingMessage, response: ServerResponse) => void;
  /** What to try, by error code (e.g. EADDRINUSE), instead of the standard hints. */
  readonly hints?: Readonly<Record<string, string>>;
}

/** A listening HTTP server. */
export interface HttpListener {
  readonly server: Server;
  readonly host: string;
  readonly port: number;
  /** Stops listening and closes every connection, idle or not. */
  readonly close: () => Promise<void>;
}

/** Limits on what a browser or client may send: the peer controls these lengths and waits. */
const LIMITS = { maxHeaderSize: 16 * 1024, headersTimeout: 10_000, requestTimeout: 10_000 };

/** Starts an HTTP server (node:http) and resolves once it listens. */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpListener> {
  const server = createServer(LIMITS, options.handler);
  server.keepAliveTimeout = 2000;
  const port = await listenServer(server, options);
  const close = (): Promise<void> =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { server, host: options.host, port, close };
}
