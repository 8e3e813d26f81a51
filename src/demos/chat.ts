import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { CommandContext } from '../core/command-context.js';
import type { ExitCode } from '../core/exit-code.js';
import { bindUdp, type UdpEndpoint } from '../net/bind-udp.js';
import { type BoundedLine, readBoundedLines } from '../net/read-bounded-lines.js';
import { sendDatagram } from '../net/send-datagram.js';
import { endpoint, socketError } from '../net/socket-error.js';
import { warnIfWildcard } from './_demo-kit.js';
import { Narrator } from './narrator.js';
import type { ChatOptions } from './parse-chat-options.js';

/**
 * The chat server's receive buffer: 4 MiB holds a classroom's burst of short lines while the
 * server prints (the usual Linux default, 208 KiB, drops most of 1,000 at once).
 */
const SERVER_RECV_BUFFER_BYTES = 4 * 1024 * 1024;

/** The largest line sent: what one IPv4 datagram carries. Longer lines are not even kept. */
const MAX_LINE_BYTES = 65_507;

interface Peer {
  readonly host: string;
  readonly port: number;
}

/**
 * `netlab chat`: the course's UDP chat. Each typed line is one datagram; what arrives is shown with
 * the sender's address. The server answers whoever wrote to it last. `/quit`, Ctrl-C or (for a
 * client) the end of its input ends it.
 */
export async function runChat(options: ChatOptions, context: CommandContext): Promise<ExitCode> {
  const narrator = new Narrator(context);
  const isServer = options.role === 'server';
  const udp = await bindUdp(
    isServer
      ? { host: options.host, port: options.port, recvBufferBytes: SERVER_RECV_BUFFER_BYTES }
      : { host: clientBindHost(options.host), port: 0 },
  );
  const { io } = context;
  const tty = io.stdinIsTTY && io.stdoutIsTTY && !context.json;
  // On a terminal readline echoes what is typed and draws the prompt: it needs the output stream.
  // Piped input is read without it, so a line of any length costs at most MAX_LINE_BYTES.
  const lines = tty
    ? createInterface({ input: io.stdin, output: io.stdout, terminal: true })
    : undefined;
  const stopReading = new AbortController();
  const typed =
    lines === undefined
      ? readBoundedLines(io.stdin, MAX_LINE_BYTES, { signal: stopReading.signal })
      : terminalLines(lines);
  const show = (write: () => void): void => {
    if (tty) {
      clearLine(io.stdout, 0);
      cursorTo(io.stdout, 0);
    }
    write();
    lines?.prompt(true);
  };
  try {
    let peer: Peer | undefined = isServer ? undefined : { host: options.host, port: options.port };
    udp.socket.on('message', (message, from) => {
      if (isServer) peer = { host: from.address, port: from.port };
      show(() =>
        narrator.event({
          side: options.role,
          event: 'recv',
          payload: message,
          peer: endpoint(from.address, from.port),
          say: narrator.format('chat.says', { peer: endpoint(from.address, from.port) }),
        }),
      );
    });
    announce(options, udp, narrator);
    lines?.setPrompt('> ');
    lines?.prompt();
    // A terminal in raw mode turns Ctrl-C into a key: end as the signal does.
    lines?.on('SIGINT', io.interrupt);
    await converse(typed, context.signal, isServer, async (line) => {
      if (line.kind === 'too-long') {
        show(() => narrator.warn(tooLong(narrator, line.bytes)));
        return;
      }
      if (peer === undefined) {
        show(() => narrator.say(narrator.format('chat.nobody')));
        return;
      }
      await sendLine(udp, line.text, peer, options.role, narrator);
    });
    return 0;
  } finally {
    stopReading.abort();
    lines?.close();
    await udp.close();
  }
}

/** Where a client binds to reach `host`: loopback for loopback, else every interface of its family. */
function clientBindHost(host: string): string {
  if (host.includes(':')) return host === '::1' ? '::1' : '::';
  return host.startsWith('127.') ? '127.0.0.1' : '0.0.0.0';
}

function announce(options: ChatOptions, udp: UdpEndpoint, narrator: Narrator): void {
  if (options.role === 'server') {
    narrator.event({ side: 'server', event: 'listen', host: udp.host, port: udp.port });
    warnIfWildcard(narrator, udp.host, udp.port);
    narrator.say(narrator.format('chat.serverHelp', { port: udp.port }));
    return;
  }
  narrator.event({
    side: 'client',
    event: 'listen',
    host: udp.host,
    port: udp.port,
    say: narrator.format('chat.bound', {
      endpoint: endpoint(udp.host, udp.port),
      peer: endpoint(options.host, options.port),
    }),
  });
  narrator.say(narrator.format('chat.clientHelp'));
}

/** What a line too long for one datagram is answered with; the chat goes on. */
function tooLong(narrator: Narrator, bytes: number): string {
  return narrator.format('chat.tooLong', {
    bytes: bytes.toLocaleString('en-US'),
    max: MAX_LINE_BYTES.toLocaleString('en-US'),
  });
}

/** The lines typed at a terminal, each one checked against what a datagram holds. */
async function* terminalLines(lines: Interface): AsyncGenerator<BoundedLine> {
  for await (const text of lines) {
    const bytes = Buffer.byteLength(text);
    yield bytes > MAX_LINE_BYTES ? { kind: 'too-long', bytes } : { kind: 'line', text };
  }
}

/**
 * Hands each typed line to `handle`, one at a time (the next is read only when it is done),
 * until /quit, Ctrl-C, or the end of input (which ends a client; a server without input keeps
 * receiving until Ctrl-C).
 */
function converse(
  typed: AsyncIterable<BoundedLine>,
  signal: AbortSignal,
  isServer: boolean,
  handle: (line: BoundedLine) => Promise<void>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const finish = (): void => {
      signal.removeEventListener('abort', finish);
      resolve();
    };
    signal.addEventListener('abort', finish, { once: true });
    const read = async (): Promise<void> => {
      for await (const line of typed) {
        if (signal.aborted) return;
        if (line.kind === 'line' && line.text.trim() === '/quit') return finish();
        if (line.kind === 'line' && line.text === '') continue;
        await handle(line);
      }
      if (!isServer) finish();
    };
    read().catch((error: unknown) => {
      signal.removeEventListener('abort', finish);
      reject(error);
    });
  });
}

async function sendLine(
  udp: UdpEndpoint,
  line: string,
  peer: Peer,
  side: 'server' | 'client',
  narrator: Narrator,
): Promise<void> {
  const bytes = Buffer.from(line);
  try {
    await sendDatagram(udp.socket, bytes, peer);
  } catch (error) {
    throw socketError(error, { action: 'send to', endpoint: endpoint(peer.host, peer.port) });
  }
  if (narrator.json) {
    narrator.event({ side, event: 'send', payload: bytes, peer: endpoint(peer.host, peer.port) });
  }
}
