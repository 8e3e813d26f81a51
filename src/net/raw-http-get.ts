import { connectTcp } from './connect-tcp.js';
import { readUntilEnd } from './read-until-end.js';
import { endpoint, socketError } from './socket-error.js';
import { writeBytes } from './write-bytes.js';

/** What went over the connection, byte for byte. */
export interface RawExchange {
  readonly request: Buffer;
  readonly response: Buffer;
}

/** Where to fetch from. */
export interface RawGetOptions {
  readonly host: string;
  readonly port: number;
  readonly path: string;
  /** The most response bytes accepted (default 1 MiB). */
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
  /** What to try, by error code (e.g. ECONNREFUSED), instead of the standard hints. */
  readonly hints?: Readonly<Record<string, string>>;
  /** Called once the request is written, before the answer is read. */
  readonly onSent?: (request: Buffer) => void;
}

/**
 * Sends a hand-written HTTP/1.1 GET over a plain TCP connection and reads the answer until the
 * server closes it (the request asks for `Connection: close`): HTTP is text over TCP.
 */
export async function rawHttpGet(options: RawGetOptions): Promise<RawExchange> {
  const socket = await connectTcp({
    host: options.host,
    port: options.port,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.hints === undefined ? {} : { hints: options.hints }),
  });
  const host = endpoint(options.host, options.port);
  const request = Buffer.from(
    `GET ${options.path} HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: netlab\r\nConnection: close\r\n\r\n`,
  );
  const chunks: Buffer[] = [];
  try {
    await writeBytes(socket, request);
    options.onSent?.(request);
    await readUntilEnd(socket, {
      maxBytes: options.maxBytes ?? 1024 * 1024,
      onRead: (chunk) => chunks.push(chunk),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch (error) {
    throw socketError(error, { action: 'fetch from', endpoint: host });
  } finally {
    socket.destroy();
  }
  return { request, response: Buffer.concat(chunks) };
}
