import type { Socket } from 'node:net';
import type { CommandContext } from '../core/command-context.js';
import type { ExitCode } from '../core/exit-code.js';
import { acceptConnection } from '../net/accept-connection.js';
import { connectTcp } from '../net/connect-tcp.js';
import { listenTcp, type TcpListener } from '../net/listen-tcp.js';
import { dialHost } from '../net/parse-endpoint.js';
import { readInPieces } from '../net/read-in-pieces.js';
import { connectionLost, endpoint, errorCode, timeoutError } from '../net/socket-error.js';
import { waitForEvent } from '../net/wait-for-event.js';
import { writeBytes } from '../net/write-bytes.js';
import { otherEnd, startServerHint, untilDone, warnIfWildcard } from './_demo-kit.js';
import type { DemoOptions } from './demo-options.js';
import { Narrator } from './narrator.js';

/** What the course's client sends, in two calls. */
const MESSAGES = ['my name is leiwenxuan', 'nsdfasfdsf'] as const;
/** The course's server reads with recv(10). */
const PIECE = 10;
/** What the course's server reads before it closes: recv(10) twice. */
const COURSE_SERVER_READS = 2 * PIECE;
/** The codes of a connection the other end reset: on a read or wait, and on a later write. */
const RESET_CODES: ReadonlySet<string> = new Set(['ECONNRESET', 'EPIPE']);
/** How long a server started with --role waits for its client. */
const ACCEPT_TIMEOUT_MS = 10 * 60_000;

/** `netlab demo tcp`: two sends, read back 10 bytes at a time; the reads do not line up. */
export async function runTcpDemo(options: DemoOptions, context: CommandContext): Promise<ExitCode> {
  const narrator = new Narrator(context);
  return untilDone(narrator, async () => {
    if (options.role === 'client') return runClient(options, narrator, context.signal);
    narrator.title(narrator.format('tcp.title'));
    narrator.paragraph('tcp.intro', { count: MESSAGES.length, piece: PIECE });
    narrator.say('');
    const listener = await listenTcp({ host: options.host, port: options.port });
    try {
      narrator.event({ side: 'server', event: 'listen', host: listener.host, port: listener.port });
      warnIfWildcard(narrator, listener.host, listener.port);
      if (options.role === 'server') return await runServer(listener, narrator, context.signal);
      return await runBoth(listener, narrator, context.signal);
    } finally {
      await listener.close();
    }
  });
}

async function runBoth(
  listener: TcpListener,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<ExitCode> {
  // Both waits settle whichever fails: closing the listener ends the wait for a connection.
  const [client, server] = await Promise.all([
    connectTcp({ host: dialHost(listener.host), port: listener.port, signal }),
    waitForConnection(listener, 5000, signal),
  ]);
  try {
    narrateConnected(narrator, client, server);
    // Reading starts once both sends are done, so the narration reads in order; the pieces would
    // be the same either way, since a read of 10 takes whatever 10 bytes are waiting.
    await sendMessages(client, narrator);
    const reads = await readPieces(server, narrator, signal);
    server.end();
    narrator.event({ side: 'server', event: 'close', say: narrator.format('tcp.serverClosed') });
    summarise(narrator, reads);
    return 0;
  } finally {
    client.destroy();
  }
}

async function runServer(
  listener: TcpListener,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<ExitCode> {
  narrator.say(
    `\n${narrator.format('kit.waitingForClient')}\n  ${otherEnd('tcp', 'client', listener)}`,
  );
  const server = await waitForConnection(listener, ACCEPT_TIMEOUT_MS, signal);
  narrator.event({ side: 'server', event: 'connect', peer: peerOf(server) });
  const reads = await readPieces(server, narrator, signal);
  server.end();
  narrator.event({ side: 'server', event: 'close', say: narrator.format('tcp.serverClosed') });
  summarise(narrator, reads);
  return 0;
}

async function runClient(
  options: DemoOptions,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<ExitCode> {
  const client = await connectTcp({
    host: options.host,
    port: options.port,
    signal,
    hints: startServerHint('tcp', options.port),
  });
  try {
    narrator.event({
      side: 'client',
      event: 'connect',
      host: options.host,
      port: options.port,
      say: narrator.format('tcp.connected', {
        peer: endpoint(options.host, options.port),
        local: localOf(client),
      }),
    });
    const sent: SendProgress = { sends: 0, bytes: 0 };
    try {
      await sendMessages(client, narrator, sent);
      await waitForEvent(client, 'end', {
        timeoutMs: 10_000,
        signal,
        onTimeout: () => timeoutError('the server did not close the connection', 10_000),
      });
    } catch (error) {
      const code = errorCode(error);
      // The course's server closes with our bytes unread: the reset is its lesson, not a fault.
      if (code !== undefined && RESET_CODES.has(code) && sent.bytes > 0) {
        narrateReset(narrator, code, sent);
        return 0;
      }
      throw connectionLost(error, endpoint(options.host, options.port));
    }
    narrator.event({ side: 'client', event: 'close', say: narrator.format('tcp.clientClosed') });
    return 0;
  } finally {
    client.destroy();
  }
}

function waitForConnection(listener: TcpListener, timeoutMs: number, signal: AbortSignal) {
  return acceptConnection(listener.server, { timeoutMs, signal });
}

/** What the client has handed to the system so far: how far it got when a reset came. */
interface SendProgress {
  sends: number;
  bytes: number;
}

async function sendMessages(
  client: Socket,
  narrator: Narrator,
  sent: SendProgress = { sends: 0, bytes: 0 },
): Promise<void> {
  for (const message of MESSAGES) {
    const bytes = Buffer.from(message);
    await writeBytes(client, bytes);
    sent.sends += 1;
    sent.bytes += bytes.length;
    narrator.event({ side: 'client', event: 'send', payload: bytes });
  }
  client.end();
  narrator.event({ side: 'client', event: 'close', say: narrator.format('tcp.fin') });
}

async function readPieces(server: Socket, narrator: Narrator, signal: AbortSignal) {
  const reads: Buffer[] = [];
  const peer = peerOf(server);
  await readInPieces(server, {
    size: PIECE,
    signal,
    onPiece: (piece) => {
      reads.push(piece);
      narrator.event({
        side: 'server',
        event: 'recv',
        payload: piece,
        say: narrator.format('tcp.recv', {
          piece: PIECE,
          index: reads.length,
          size: narrator.count(piece.length),
        }),
      });
    },
  }).catch((error: unknown) => {
    throw connectionLost(error, peer);
  });
  return reads;
}

/**
 * The server reset the connection after bytes were sent: what happened and why. A socket closed
 * with unread bytes in its receive buffer makes its kernel send RST instead of FIN (RFC 9293,
 * 3.6.1), which is how the course's server (recv(10) twice, then close) ends every run.
 */
function narrateReset(narrator: Narrator, code: string, sent: SendProgress): void {
  const total = MESSAGES.reduce((sum, message) => sum + Buffer.byteLength(message), 0);
  const params = { code, bytes: sent.bytes, total };
  narrator.event({
    side: 'client',
    event: 'error',
    code,
    bytes: sent.bytes,
    message: narrator.english('tcp.reset.event', params),
    say: narrator.format('tcp.reset.event', params),
  });
  narrator.say('');
  narrator.paragraph('tcp.reset.lesson', { read: COURSE_SERVER_READS, total }, LESSON_WRAP);
  const unsent = MESSAGES.length - sent.sends;
  if (unsent > 0) narrator.paragraph('tcp.reset.unsent', { count: unsent }, NOTE_WRAP);
  narrator.paragraph('tcp.reset.fix', {}, NOTE_WRAP);
}

/** A lesson paragraph: an arrow, then lines hanging under its text. */
const LESSON_WRAP = { first: '→ ', rest: '  ' } as const;
/** A paragraph that goes on from a lesson paragraph. */
const NOTE_WRAP = { first: '  ', rest: '  ' } as const;

function narrateConnected(narrator: Narrator, client: Socket, server: Socket): void {
  narrator.event({
    side: 'client',
    event: 'connect',
    host: client.remoteAddress ?? '?',
    port: client.remotePort ?? 0,
    say: narrator.format('tcp.connected', { peer: peerOf(client), local: localOf(client) }),
  });
  narrator.event({ side: 'server', event: 'connect', peer: peerOf(server) });
}

function summarise(narrator: Narrator, reads: readonly Buffer[]): void {
  const sends = MESSAGES.map((message) => Buffer.byteLength(message));
  narrator.say('');
  narrator.paragraph('tcp.summary', {
    sends: sends.length,
    sizes: sends.join(' + '),
    reads: reads.length,
    readSizes: reads.map((read) => read.length).join(' + '),
  });
  narrator.paragraph('tcp.lesson');
}

function peerOf(socket: Socket): string {
  return endpoint(socket.remoteAddress ?? '?', socket.remotePort ?? 0);
}

function localOf(socket: Socket): string {
  return endpoint(socket.localAddress ?? '?', socket.localPort ?? 0);
}
