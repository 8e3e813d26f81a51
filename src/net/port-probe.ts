import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { NetlabError } from '../core/errors.js';

/** Whether a port could be bound right now, on one transport. */
export type BindStatus = 'free' | 'in-use' | 'no-permission';

/** The answer for one port on one host, for both transports. */
export interface PortProbe {
  readonly host: string;
  readonly port: number;
  readonly tcp: BindStatus;
  readonly udp: BindStatus;
}

/** Options for `probePort`. */
export interface ProbeOptions {
  /** The address to bind; netlab always asks about loopback. Default `127.0.0.1`. */
  readonly host?: string;
}

/** Maps a bind error to an answer, or `null` when it is a real failure. */
function statusOf(error: NodeJS.ErrnoException): BindStatus | null {
  if (error.code === 'EADDRINUSE') return 'in-use';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'no-permission';
  return null;
}

function failure(transport: string, host: string, port: number, error: NodeJS.ErrnoException) {
  return new NetlabError(
    'port-probe-failed',
    { transport, port, host, why: error.message, errno: error.code ?? 'no code' },
    { cause: error },
  );
}

/** Tries to listen on host:port over TCP, then closes at once. */
function probeTcp(host: string, port: number): Promise<BindStatus> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      const status = statusOf(error);
      if (status === null) reject(failure('TCP', host, port, error));
      else resolve(status);
    });
    server.listen({ host, port, exclusive: true }, () => {
      server.close(() => resolve('free'));
    });
  });
}

/** Tries to bind host:port over UDP, then closes at once. */
function probeUdp(host: string, port: number): Promise<BindStatus> {
  return new Promise((resolve, reject) => {
    const socket = createSocket({ type: host.includes(':') ? 'udp6' : 'udp4' });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      socket.close();
      const status = statusOf(error);
      if (status === null) reject(failure('UDP', host, port, error));
      else resolve(status);
    });
    socket.bind({ address: host, port, exclusive: true }, () => {
      socket.close(() => resolve('free'));
    });
  });
}

/**
 * Tells whether a port is free to bind on loopback right now, over TCP and over UDP, by binding
 * it and letting go at once. Port 0 is refused: binding 0 means "any free port".
 * @example await probePort(8080) // { host: '127.0.0.1', port: 8080, tcp: 'free', udp: 'free' }
 */
export async function probePort(port: number, options: ProbeOptions = {}): Promise<PortProbe> {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new RangeError(`probePort needs a port from 1 to 65535, got ${port}`);
  }
  const host = options.host ?? '127.0.0.1';
  const tcp = await probeTcp(host, port);
  const udp = await probeUdp(host, port);
  return { host, port, tcp, udp };
}
