import { createSocket, type Socket } from 'node:dgram';
import { bindFailure, socketError } from './socket-error.js';

/** Where a UDP socket binds. */
export interface BindUdpOptions {
  readonly host: string;
  /** 0 lets the operating system choose a free port. */
  readonly port: number;
  /** What to try, by error code (e.g. EADDRINUSE), instead of the standard hints. */
  readonly hints?: Readonly<Record<string, string>>;
  /** The receive buffer to ask for (the system may cap it, on Linux at net.core.rmem_max). */
  readonly recvBufferBytes?: number;
}

/** A bound UDP socket and the address it actually got. */
export interface UdpEndpoint {
  readonly socket: Socket;
  readonly host: string;
  readonly port: number;
  /** Closes the socket; resolves once it is closed (at once if it already was). */
  readonly close: () => Promise<void>;
}

/** Binds a UDP socket (IPv4 or IPv6 by the host's form) and resolves once it is bound. */
export async function bindUdp(options: BindUdpOptions): Promise<UdpEndpoint> {
  const socket = createSocket(options.host.includes(':') ? 'udp6' : 'udp4');
  let closed = false;
  socket.once('close', () => {
    closed = true;
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind({ address: options.host, port: options.port, exclusive: true }, () => {
        socket.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    socket.close();
    throw socketError(error, bindFailure('bind UDP', options.host, options.port, options.hints));
  }
  if (options.recvBufferBytes !== undefined) socket.setRecvBufferSize(options.recvBufferBytes);
  const close = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (closed) resolve();
      else socket.close(() => resolve());
    });
  return { socket, host: options.host, port: socket.address().port, close };
}
