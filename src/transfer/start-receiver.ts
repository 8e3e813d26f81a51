import { setMaxListeners } from 'node:events';
import { mkdir, stat } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { InputError } from '../core/errors.js';
import { listenTcp, type TcpListener } from '../net/listen-tcp.js';
import { quoteName } from './escape-text.js';
import {
  type ReceiveOptions,
  type ReceiveOutcome,
  receiveConnection,
} from './receive-connection.js';
import type { TransferError } from './transfer-error.js';

/** Failures a summary keeps: the rest are only counted, so a flood of bad connections holds no memory. */
const KEPT_FAILURES = 10;

/** Connections received at once; Node closes any further one as it arrives. */
export const MAX_CONNECTIONS = 16;

/** Where to listen and how to receive. */
export interface ReceiverOptions extends ReceiveOptions {
  readonly host: string;
  /** 0 lets the system choose a free port. */
  readonly port: number;
  /** Stop after the first connection that sends anything ends. */
  readonly once: boolean;
}

/** What a receiver did once it stopped. */
export interface ReceiverSummary {
  readonly saved: number;
  /** How many connections ended early. */
  readonly failed: number;
  /** The first of them (at most ten), in the order they ended. */
  readonly failures: readonly TransferError[];
}

/** A receiver that is listening. */
export interface RunningReceiver {
  readonly host: string;
  readonly port: number;
  /** Resolves when the receiver has stopped: after its connection with `once`, else on close() or abort. */
  readonly done: Promise<ReceiverSummary>;
  /** The receiving folder did not exist, and was created. */
  readonly created: boolean;
  /** Stops listening; connections in progress are cut and their files discarded. */
  close(): void;
}

/**
 * Makes sure `dir` is a folder to receive into, creating it when it does not exist (its parent
 * must: netlab creates the one folder the user named, no more). Returns whether it created it.
 */
async function prepareFolder(dir: string): Promise<boolean> {
  const found = await stat(dir).catch(() => null);
  if (found !== null) {
    if (!found.isDirectory()) throw new InputError('dir-is-file', { dir: quoteName(dir) });
    return false;
  }
  try {
    await mkdir(dir);
    return true;
  } catch {
    throw new InputError('dir-missing', { dir: quoteName(dir) });
  }
}

/**
 * Starts a receiver: checks the folder (creating it if need be), listens, and hands each connection to receiveConnection.
 * Resolves once it is listening, with the port the system chose when `port` is 0.
 */
export async function startReceiver(options: ReceiverOptions): Promise<RunningReceiver> {
  const created = await prepareFolder(options.dir);
  const stop = new AbortController();
  const signal = stop.signal;
  // Each connection in progress listens for the abort: up to the cap, plus the listener's own.
  setMaxListeners(MAX_CONNECTIONS + 1, signal);
  const forward = (): void => stop.abort();
  if (options.signal?.aborted) stop.abort();
  options.signal?.addEventListener('abort', forward, { once: true });
  const sessions = new Set<Promise<ReceiveOutcome>>();
  const failures: TransferError[] = [];
  let saved = 0;
  let failed = 0;
  let listener: TcpListener;
  try {
    // Each connection's idle timeout is receiveConnection's, which answers with an error frame.
    listener = await listenTcp({
      host: options.host,
      port: options.port,
      noDelay: true,
      idleTimeoutMs: 0,
      hints: { EADDRINUSE: 'pick another port with --port, or --port 0 for any free one' },
    });
  } catch (error) {
    options.signal?.removeEventListener('abort', forward);
    throw error;
  }
  const { server, port } = listener;
  server.maxConnections = MAX_CONNECTIONS;
  const serverClosed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  server.on('connection', (socket: Socket) => {
    // A connection that sends nothing (a port probe) does not use up `once`.
    if (options.once) socket.once('data', () => server.close());
    const session = receiveConnection(socket, { ...options, signal }).then((outcome) => {
      saved += outcome.saved;
      if (outcome.failure !== undefined) {
        failed += 1;
        if (failures.length < KEPT_FAILURES) failures.push(outcome.failure);
      }
      sessions.delete(session);
      return outcome;
    });
    sessions.add(session);
  });
  const onAbort = (): void => {
    server.close();
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  const done = serverClosed.then(async () => {
    while (sessions.size > 0) await Promise.all(sessions);
    signal.removeEventListener('abort', onAbort);
    options.signal?.removeEventListener('abort', forward);
    return { saved, failed, failures };
  });
  options.onEvent({ event: 'listen', host: options.host, port, dir: options.dir });
  return { host: options.host, port, done, created, close: () => stop.abort() };
}
