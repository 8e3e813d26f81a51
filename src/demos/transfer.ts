import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext } from '../cli/command.js';
import { type ExitCode, NetlabError } from '../errors.js';
import { listenTcp } from '../net/listen-tcp.js';
import { endpoint, socketError } from '../net/socket-error.js';
import { waitForEvent } from '../net/wait-for-event.js';
import { formatBytes, formatRate } from '../transfer/format-units.js';
import { PythonRecv } from '../transfer/python-recv.js';
import {
  receiveLikeSeed,
  type SeedOutcome,
  type SeedRecv,
  SIZE_RECV_BYTES,
} from '../transfer/seed-receiver.js';
import { SEED_CHUNK_BYTES, type SeedSend, sendLikeSeed } from '../transfer/seed-sender.js';
import { sendFiles } from '../transfer/send-files.js';
import { startReceiver } from '../transfer/start-receiver.js';
import { TransferError } from '../transfer/transfer-error.js';
import type { TransferEvent } from '../transfer/transfer-event.js';
import { DATA_CHUNK_BYTES, DEFAULT_TIMEOUT_MS } from '../transfer/wire-format.js';
import { untilDone, warnIfWildcard } from './_demo-kit.js';
import type { DemoOptions } from './demo-options.js';
import type { Narrator, Side } from './narrator.js';
import { Narrator as DemoNarrator } from './narrator.js';
import { dialHost } from './parse-endpoint.js';

/** The generated file both runs send: 8 MiB of random bytes standing in for the course's video. */
const DEMO_FILE_BYTES = 8 * 1024 * 1024;
const DEMO_FILE_NAME = 'video.mp4';
/** What the course's receiver names its copy. */
const SEED_OUTPUT_NAME = 'lw.mp4';
/** Data frames narrated one by one at the start of a run; the rest are counted. */
const SHOWN_FRAMES = 2;
/** Both ends in one process give up after this long (a demo must never hang). */
const DEMO_TIMEOUT_MS = 15_000;
/** How long a server started with --role waits for its peer. */
const ACCEPT_TIMEOUT_MS = 10 * 60_000;

/** The folder a run works in, removed when the demo ends. */
interface Workspace {
  readonly root: string;
  /** The generated file. */
  readonly source: string;
  /** Where the fixed receiver saves. */
  readonly inbox: string;
}

/**
 * `netlab demo transfer`: a generated file sent with netlab's framed, verified protocol, frame by
 * frame. With `broken`, first the course's protocol as written on the same file, showing where
 * and why its stream goes wrong.
 */
export async function runTransferDemo(
  options: DemoOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const narrator = new DemoNarrator(context);
  return untilDone(narrator, async () => {
    const workspace = await makeWorkspace(options.role !== 'client' || !options.broken);
    try {
      if (options.role === 'server')
        return await runServerRole(options, workspace, narrator, context);
      if (options.role === 'client')
        return await runClientRole(options, workspace, narrator, context);
      if (options.broken) await runBrokenBoth(options, workspace, narrator, context.signal);
      return await runFixedBoth(options, workspace, narrator, context.signal);
    } finally {
      await rm(workspace.root, { recursive: true, force: true });
    }
  });
}

async function makeWorkspace(withFile: boolean): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'netlab-demo-transfer-'));
  const inbox = join(root, 'inbox');
  await mkdir(inbox);
  const source = join(root, DEMO_FILE_NAME);
  if (withFile) await writeFile(source, randomBytes(DEMO_FILE_BYTES));
  return { root, source, inbox };
}

// ---------------------------------------------------------------- the fixed protocol

/** Counts frames per side and decides which ones the narration shows. */
class FrameNarration {
  readonly #narrator: Narrator;
  readonly #dataFrames = new Map<Side, number>();
  #sent = 0;
  #started = 0;

  constructor(narrator: Narrator) {
    this.#narrator = narrator;
  }

  /** Narrates one transfer event; the receiver is the server, the sender the client. */
  handle(event: TransferEvent): void {
    const side: Side = 'side' in event && event.side === 'sender' ? 'client' : 'server';
    if (event.event === 'file-start' && side === 'client') this.#started = performance.now();
    if (event.event === 'file-done' && side === 'server') {
      this.#narrator.event({
        side,
        event: 'recv',
        part: 'fixed',
        bytes: event.size,
        message: 'verified',
        say: `size and SHA-256 match: ${DEMO_FILE_NAME}.part renamed to ${DEMO_FILE_NAME}`,
      });
    }
    if (event.event === 'file-failed') {
      this.#narrator.event({
        side,
        event: 'error',
        part: 'fixed',
        code: event.code,
        message: event.message,
      });
    }
    if (event.event !== 'frame') return;
    const count = event.kind === 'data' ? (this.#dataFrames.get(side) ?? 0) + 1 : 0;
    if (event.kind === 'data') this.#dataFrames.set(side, count);
    if (event.kind === 'data' && side === 'client') this.#sent += event.bytes - 5;
    const last = event.kind === 'data' && side === 'client' && this.#sent === DEMO_FILE_BYTES;
    if (event.kind === 'data' && count > SHOWN_FRAMES && !last && !this.#narrator.json) {
      if (count === SHOWN_FRAMES + 1)
        this.#narrator.say(`            … more data frames of ${formatBytes(DATA_CHUNK_BYTES)} …`);
      return;
    }
    this.#narrator.event({
      side,
      event: event.direction,
      part: 'fixed',
      // The JSON of header, ack and error frames goes in the log; people read it in the words.
      ...(this.#narrator.json && event.kind !== 'data' && event.kind !== 'end'
        ? { payload: event.head.subarray(5) }
        : {}),
      bytes: event.bytes,
      ...(event.kind === 'data' ? { frame: count } : {}),
      say: frameWords(event, count),
    });
  }

  /** Seconds from the first header to now. */
  elapsedSeconds(): number {
    return (performance.now() - this.#started) / 1000;
  }

  /** Data frames one side saw. */
  dataFrames(side: Side): number {
    return this.#dataFrames.get(side) ?? 0;
  }
}

/** How the narration words one frame. */
function frameWords(event: Extract<TransferEvent, { event: 'frame' }>, count: number): string {
  const verb = event.direction === 'send' ? 'sent' : 'got';
  const prefix = [...event.head.subarray(0, 4)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join(' ');
  switch (event.kind) {
    case 'header':
      return `${verb} header: ${prefix} "H" ${event.head.subarray(5).toString('utf8')}`;
    case 'data':
      return `${verb} data frame ${count} (${prefix} = ${event.bytes - 4}, "D", ${formatBytes(event.bytes - 5)})`;
    case 'end':
      return `${verb} the end frame: "E" + the 32-byte SHA-256`;
    case 'ack':
      return `${verb} ack: "A" + JSON with name, size and the SHA-256 (saved)`;
    case 'error':
      return `${verb} error ("X" + JSON)`;
  }
}

async function runFixedBoth(
  options: DemoOptions,
  workspace: Workspace,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<ExitCode> {
  narrator.title("netlab demo transfer: a file over TCP, framed and verified (netlab's protocol)");
  narrator.say(
    [
      `The client sends ${DEMO_FILE_NAME} (${formatBytes(DEMO_FILE_BYTES)} of random bytes) as frames: a 4-byte`,
      'big-endian length, a type byte, then the body. A header frame names the file,',
      `data frames carry ${formatBytes(DATA_CHUNK_BYTES)} each, an end frame carries the SHA-256. The server`,
      `writes ${DEMO_FILE_NAME}.part, hashes as it writes, and renames it only on a match.`,
      '',
    ].join('\n'),
  );
  const frames = new FrameNarration(narrator);
  const receiver = await startReceiver({
    host: options.host,
    port: options.port,
    dir: workspace.inbox,
    force: false,
    once: true,
    timeoutMs: DEMO_TIMEOUT_MS,
    signal,
    traceFrames: true,
    onEvent: (event) => frames.handle(event),
  });
  narrator.event({
    side: 'server',
    event: 'listen',
    host: receiver.host,
    port: receiver.port,
    part: 'fixed',
  });
  warnIfWildcard(narrator, receiver.host, receiver.port);
  try {
    await sendFiles([workspace.source], {
      host: dialHost(receiver.host),
      port: receiver.port,
      timeoutMs: DEMO_TIMEOUT_MS,
      signal,
      traceFrames: true,
      onEvent: (event) => frames.handle(event),
    });
  } catch (error) {
    receiver.close();
    await receiver.done;
    throw error;
  }
  const summary = await receiver.done;
  const seconds = frames.elapsedSeconds();
  narrator.event({
    side: 'client',
    event: 'close',
    part: 'fixed',
    say: 'all files acknowledged: closed the connection',
  });
  const same = (await readFile(join(workspace.inbox, DEMO_FILE_NAME))).equals(
    await readFile(workspace.source),
  );
  narrator.say(
    [
      '',
      `${formatBytes(DEMO_FILE_BYTES)} went as 1 header, ${frames.dataFrames('client')} data frames and 1 end frame in ${seconds.toFixed(2)} s`,
      `(${formatRate(DEMO_FILE_BYTES, seconds)}); the copy is ${same ? 'byte-identical' : 'DIFFERENT'}. TCP cut the stream where it liked,`,
      'but the reader takes a length first, then exactly that many bytes, so every',
      'frame came out whole. Try it for real: "netlab receive" in one terminal and',
      '"netlab send FILE --to ..." in another.',
    ].join('\n'),
  );
  return summary.failures.length === 0 && same ? 0 : 1;
}

// ---------------------------------------------------------------- the course's protocol

/** What the course's sender wrote: where each length really starts. */
interface SeedTrace {
  readonly lengthOffsets: Set<number>;
  sizeText: Buffer;
  sends: number;
}

/** Narrates the course's sender: the size and the first frames, then a count. */
function narrateSeedSend(narrator: Narrator, trace: SeedTrace, send: SeedSend): void {
  trace.sends += 1;
  if (send.what === 'size') trace.sizeText = send.bytes;
  if (send.what === 'length') trace.lengthOffsets.add(send.offset);
  if (trace.sends > 1 + SHOWN_FRAMES * 2) {
    if (trace.sends === 2 + SHOWN_FRAMES * 2) {
      narrator.say(
        `            … and so on: a length and ${SEED_CHUNK_BYTES} bytes per f.read(${SEED_CHUNK_BYTES}) …`,
      );
    }
    return;
  }
  const say =
    send.what === 'size'
      ? `send(size): "${send.bytes.toString()}" as text, no length, no end mark`
      : send.what === 'length'
        ? `send(struct.pack('i', ${send.bytes.length === 4 ? send.bytes.readInt32LE(0) : 0})) = ${hex(send.bytes)}`
        : `send(data): ${send.bytes.length} bytes of the file`;
  narrator.event({ side: 'server', event: 'send', part: 'broken', payload: send.bytes, say });
}

/**
 * Fills a trace from the size a receiver read, for a receiver in its own process: where an honest
 * stream of that size has its lengths (after the digits, every 4 + 2048 bytes, then two zeros).
 */
function inferTrace(trace: SeedTrace, got: Buffer): void {
  const digits = /^\d+/.exec(got.toString('latin1'))?.[0] ?? '';
  trace.sizeText = Buffer.from(digits);
  let offset = digits.length;
  let remaining = digits === '' ? 0 : Number(digits);
  for (;;) {
    const chunk = Math.min(SEED_CHUNK_BYTES, remaining);
    trace.lengthOffsets.add(offset);
    offset += 4 + chunk;
    remaining -= chunk;
    if (chunk === 0) break;
  }
  trace.lengthOffsets.add(offset);
}

/** Narrates the course's receiver: its first calls, then the call where the stream goes wrong. */
class SeedRecvNarration {
  readonly #narrator: Narrator;
  readonly #trace: SeedTrace;
  /** The sender runs elsewhere: work out where its lengths are from the size. */
  readonly #infer: boolean;
  #calls = 0;
  #previous: SeedRecv | undefined;
  /** The first call that read from the wrong place, once found. */
  wrong: SeedRecv | undefined;
  /** The call just before it. */
  before: SeedRecv | undefined;

  constructor(narrator: Narrator, trace: SeedTrace, infer = false) {
    this.#narrator = narrator;
    this.#trace = trace;
    this.#infer = infer;
  }

  handle(recv: SeedRecv): void {
    this.#calls += 1;
    if (this.#infer && recv.what === 'size') inferTrace(this.#trace, recv.got);
    const wrong = this.wrong === undefined && this.#isWrong(recv);
    if (wrong) {
      this.wrong = recv;
      this.before = this.#previous;
      if (this.#calls > 1 + SHOWN_FRAMES * 2 && this.#previous !== undefined) {
        this.#narrator.say('            … many reads line up, until one does not:');
        this.#show(this.#previous);
      }
    }
    if (this.#calls <= 1 + SHOWN_FRAMES * 2 || wrong) this.#show(recv);
    this.#previous = recv;
  }

  /** A length read where no length starts, a size read that is not exactly the size, a short read. */
  #isWrong(recv: SeedRecv): boolean {
    if (recv.what === 'size') return !recv.got.equals(this.#trace.sizeText);
    if (recv.what === 'length')
      return !this.#trace.lengthOffsets.has(recv.offset) || recv.got.length < 4;
    return false;
  }

  #show(recv: SeedRecv): void {
    this.#narrator.event({
      side: 'client',
      event: 'recv',
      part: 'broken',
      payload: recv.got,
      say: recvWords(recv, this.#trace),
    });
  }
}

function recvWords(recv: SeedRecv, trace: SeedTrace): string {
  const call = `recv(${recv.asked}) at byte ${recv.offset} got ${recv.got.length}`;
  if (recv.what === 'length' && recv.value !== undefined) {
    const real = trace.lengthOffsets.has(recv.offset) ? '' : ' (file data!)';
    return `recv(4) at byte ${recv.offset}: ${hex(recv.got)} = ${recv.value}${real}`;
  }
  if (recv.what === 'data' && recv.got.length < recv.asked)
    return `${call}: SHORT, the rest had not arrived`;
  return call;
}

async function runBrokenBoth(
  options: DemoOptions,
  workspace: Workspace,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<void> {
  narrator.title("First, the course's protocol as written (netlab demo transfer --broken)");
  narrator.say(
    [
      `As in the course, the server sends ${DEMO_FILE_NAME}, the client saves it as ${SEED_OUTPUT_NAME}.`,
      `The server sends the size as text, then for each ${SEED_CHUNK_BYTES}-byte chunk a`,
      "struct.pack('i') length and the data. The client calls recv(1024) for the size,",
      'then recv(4) and recv(n), trusting each call to return exactly n bytes. The',
      'sockets are real; each recv is replayed the way Python runs it.',
      '',
    ].join('\n'),
  );
  const listener = await listenTcp({
    host: options.host,
    port: options.port,
    idleTimeoutMs: DEMO_TIMEOUT_MS,
  });
  narrator.event({
    side: 'server',
    event: 'listen',
    host: listener.host,
    port: listener.port,
    part: 'broken',
  });
  const trace: SeedTrace = { lengthOffsets: new Set(), sizeText: Buffer.alloc(0), sends: 0 };
  const recvs = new SeedRecvNarration(narrator, trace);
  // Ends the wait for the connection however this run ends, so no timer outlives it.
  const local = new AbortController();
  const forward = (): void => local.abort();
  signal.addEventListener('abort', forward, { once: true });
  try {
    const accepted = waitForEvent<[Socket]>(listener.server, 'connection', {
      timeoutMs: DEMO_TIMEOUT_MS,
      signal: local.signal,
      onTimeout: () => new NetlabError('ETIMEDOUT', 'the demo client did not connect within 15 s'),
    });
    // Settle the wait for the server's side even if connecting fails, so no timer is left behind.
    const [client, [server]] = await Promise.all([
      connectForRecv(dialHost(listener.host), listener.port, signal),
      accepted,
    ]);
    const sending = sendLikeSeed(server, workspace.source, (send) =>
      narrateSeedSend(narrator, trace, send),
    )
      .then(() => server.end())
      .catch(() => undefined);
    const outcome = await receiveLikeSeed(client, join(workspace.root, SEED_OUTPUT_NAME), (recv) =>
      recvs.handle(recv),
    );
    // The Python client exits here, crash or not: its socket closes.
    client.socket.destroy();
    server.destroy();
    await sending;
    await explainSeedOutcome(narrator, outcome, recvs, trace, workspace);
  } catch (error) {
    throw socketError(error, {
      action: 'run the course protocol on',
      endpoint: endpoint(listener.host, listener.port),
    });
  } finally {
    local.abort();
    signal.removeEventListener('abort', forward);
    await listener.close();
  }
}

/** How the course's client ended: the Python exception that stops it, or the loop's end. */
function narrateSeedEnd(narrator: Narrator, outcome: SeedOutcome): void {
  if (outcome.kind === 'finished') {
    narrator.event({
      side: 'client',
      event: 'close',
      part: 'broken',
      say: 'met a zero length: stopped reading, as if done',
    });
    return;
  }
  const [code = 'Error', ...rest] = outcome.exception.split(': ');
  const message = rest.join(': ');
  narrator.event({
    side: 'client',
    event: 'error',
    part: 'broken',
    code,
    message,
    say: `Python stops with ${code}:`,
  });
  narrator.say(`            ${message}`);
}

async function explainSeedOutcome(
  narrator: Narrator,
  outcome: SeedOutcome,
  recvs: SeedRecvNarration,
  trace: SeedTrace,
  workspace: Workspace,
): Promise<void> {
  narrateSeedEnd(narrator, outcome);
  const original = await readFile(workspace.source);
  const copy = await readFile(join(workspace.root, SEED_OUTPUT_NAME));
  const lines = ['', whereItWentWrong(recvs, trace)];
  lines.push(
    `${SEED_OUTPUT_NAME} holds ${formatBytes(copy.length)} of ${formatBytes(original.length)}${copy.equals(original) ? ' and is identical: this run got lucky' : `; ${firstDifference(original, copy)}`}.`,
    '',
    'The three bugs: (1) the size has no length before it, so it can merge with the',
    'first frame; (2) recv(n) returns what has arrived, up to n, so one short read',
    "shifts every later length; (3) 'sys.stdout.flush' without () never flushes, so",
    "the bar lags. And struct.pack('i') is native-endian and signed: a big-endian",
    'peer would read other numbers. Where the stream breaks depends on timing.',
  );
  narrator.say(lines.join('\n'));
}

function whereItWentWrong(recvs: SeedRecvNarration, trace: SeedTrace): string {
  const wrong = recvs.wrong;
  if (wrong === undefined)
    return 'Every read happened to line up with a frame this time: luck, not design.';
  if (wrong.what === 'size') {
    const extra = wrong.got.length - trace.sizeText.length;
    return extra > 0
      ? `Where it went wrong: recv(1024) took the ${trace.sizeText.length}-byte size and ${extra} bytes of the\nfirst frame with it, and int() cannot read that.`
      : `Where it went wrong: recv(1024) got only ${wrong.got.length} of the ${trace.sizeText.length} digits of the size.`;
  }
  const before = recvs.before;
  const why =
    before?.what === 'data' && before.got.length < before.asked
      ? `recv(${before.asked}) returned only ${before.got.length} bytes`
      : 'a read came up short';
  return `Where it went wrong, at byte ${wrong.offset}: ${why},\nso the next recv(4) read file data as a length, and every read after it is off.`;
}

function firstDifference(original: Buffer, copy: Buffer): string {
  const length = Math.min(original.length, copy.length);
  for (let index = 0; index < length; index += 1) {
    if (original[index] !== copy[index]) return `it differs from byte ${index} on`;
  }
  return 'what it has matches, the rest is missing';
}

/** Connects the course's receiver, whose recv works as Python's does (see PythonRecv). */
async function connectForRecv(
  host: string,
  port: number,
  signal: AbortSignal,
): Promise<PythonRecv> {
  const reader = new PythonRecv(host, port, SIZE_RECV_BYTES);
  try {
    await waitForEvent(reader.socket, 'connect', {
      timeoutMs: DEMO_TIMEOUT_MS,
      signal,
      onTimeout: () =>
        new NetlabError(
          'ETIMEDOUT',
          `cannot connect to ${endpoint(host, port)}: no answer within 15 s`,
        ),
    });
  } catch (error) {
    reader.socket.destroy();
    throw socketError(error, {
      action: 'connect to',
      endpoint: endpoint(host, port),
      hints: {
        ECONNREFUSED: `start the server first with "netlab demo transfer --role server --broken --port ${port}"`,
      },
    });
  }
  reader.socket.setTimeout(DEMO_TIMEOUT_MS, () =>
    reader.socket.destroy(
      new NetlabError('idle-timeout', `${endpoint(host, port)} sent nothing for 15 s`),
    ),
  );
  return reader;
}

function hex(bytes: Buffer): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

// ---------------------------------------------------------------- one end per terminal

async function runServerRole(
  options: DemoOptions,
  workspace: Workspace,
  narrator: Narrator,
  context: CommandContext,
): Promise<ExitCode> {
  const command = `netlab demo transfer --role client${options.broken ? ' --broken' : ''} --port`;
  if (options.broken) {
    const listener = await listenTcp({
      host: options.host,
      port: options.port,
      idleTimeoutMs: DEFAULT_TIMEOUT_MS,
    });
    try {
      narrator.event({
        side: 'server',
        event: 'listen',
        host: listener.host,
        port: listener.port,
        part: 'broken',
      });
      warnIfWildcard(narrator, listener.host, listener.port);
      narrator.say(`\nWaiting for a client: ${command} ${listener.port}`);
      const [socket] = await waitForEvent<[Socket]>(listener.server, 'connection', {
        timeoutMs: ACCEPT_TIMEOUT_MS,
        signal: context.signal,
        onTimeout: () =>
          new NetlabError(
            'ETIMEDOUT',
            `no client connected to port ${listener.port} within 10 minutes`,
          ),
      });
      narrator.event({
        side: 'server',
        event: 'connect',
        peer: endpoint(socket.remoteAddress ?? '?', socket.remotePort ?? 0),
        part: 'broken',
      });
      const trace: SeedTrace = { lengthOffsets: new Set(), sizeText: Buffer.alloc(0), sends: 0 };
      await sendLikeSeed(socket, workspace.source, (send) =>
        narrateSeedSend(narrator, trace, send),
      ).catch((error: Error) =>
        narrator.event({
          side: 'server',
          event: 'error',
          part: 'broken',
          code: 'BrokenPipeError',
          message: error.message,
          say: 'send() fails: the client is gone (Python raises BrokenPipeError)',
        }),
      );
      socket.end();
      narrator.event({
        side: 'server',
        event: 'close',
        part: 'broken',
        say: 'done: closed the connection',
      });
      return 0;
    } finally {
      await listener.close();
    }
  }
  const frames = new FrameNarration(narrator);
  const receiver = await startReceiver({
    host: options.host,
    port: options.port,
    dir: workspace.inbox,
    force: false,
    once: true,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    signal: context.signal,
    traceFrames: true,
    onEvent: (event) => frames.handle(event),
  });
  narrator.event({
    side: 'server',
    event: 'listen',
    host: receiver.host,
    port: receiver.port,
    part: 'fixed',
  });
  warnIfWildcard(narrator, receiver.host, receiver.port);
  narrator.say(`\nWaiting for a client: ${command} ${receiver.port}`);
  const summary = await receiver.done;
  return summary.failures.length === 0 ? 0 : 1;
}

async function runClientRole(
  options: DemoOptions,
  workspace: Workspace,
  narrator: Narrator,
  context: CommandContext,
): Promise<ExitCode> {
  if (!options.broken) {
    const frames = new FrameNarration(narrator);
    try {
      await sendFiles([workspace.source], {
        host: options.host,
        port: options.port,
        timeoutMs: DEFAULT_TIMEOUT_MS,
        signal: context.signal,
        traceFrames: true,
        onEvent: (event) => frames.handle(event),
      });
    } catch (error) {
      if (error instanceof TransferError) return 1;
      throw error;
    }
    narrator.event({
      side: 'client',
      event: 'close',
      part: 'fixed',
      say: 'the server acknowledged the file: closed',
    });
    return 0;
  }
  const reader = await connectForRecv(options.host, options.port, context.signal);
  try {
    narrator.event({
      side: 'client',
      event: 'connect',
      host: options.host,
      port: options.port,
      part: 'broken',
    });
    const trace: SeedTrace = { lengthOffsets: new Set(), sizeText: Buffer.alloc(0), sends: 0 };
    const recvs = new SeedRecvNarration(narrator, trace, true);
    const outcome = await receiveLikeSeed(reader, join(workspace.root, SEED_OUTPUT_NAME), (recv) =>
      recvs.handle(recv),
    );
    narrateSeedEnd(narrator, outcome);
    narrator.say(
      `\n${SEED_OUTPUT_NAME} got ${formatBytes(outcome.written)} before the client stopped.`,
    );
    return 0;
  } finally {
    reader.socket.destroy();
  }
}
