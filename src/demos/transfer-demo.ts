import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext } from '../core/command-context.js';
import type { ExitCode } from '../core/exit-code.js';
import { acceptConnection } from '../net/accept-connection.js';
import { listenTcp, type TcpListener } from '../net/listen-tcp.js';
import { dialHost } from '../net/parse-endpoint.js';
import { endpoint } from '../net/socket-error.js';
import { formatBytes, formatRate } from '../transfer/format-units.js';
import { PythonRecv } from '../transfer/python-recv.js';
import { receiveLikeSeed, SIZE_RECV_BYTES } from '../transfer/seed-receiver.js';
import { SEED_CHUNK_BYTES, sendLikeSeed } from '../transfer/seed-sender.js';
import { sendFiles } from '../transfer/send-files.js';
import { startReceiver } from '../transfer/start-receiver.js';
import { DATA_CHUNK_BYTES, DEFAULT_TIMEOUT_MS } from '../transfer/wire-format.js';
import { otherEnd, startServerHint, untilDone, warnIfWildcard } from './_demo-kit.js';
import { FrameNarration } from './_frame-narration.js';
import {
  explainSeedRun,
  narrateSeedEnd,
  narrateSeedSend,
  newSeedTrace,
  SeedRecvNarration,
} from './_seed-narration.js';
import type { DemoOptions } from './demo-options.js';
import { Narrator } from './narrator.js';

/** The generated file both runs send: 8 MiB of random bytes standing in for the course's video. */
const DEMO_FILE_BYTES = 8 * 1024 * 1024;
const DEMO_FILE_NAME = 'video.mp4';
/** What the course's receiver names its copy. */
const SEED_OUTPUT_NAME = 'lw.mp4';
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

/** What one run needs besides the options: where to work, whom to tell, when to stop. */
interface Run {
  readonly options: DemoOptions;
  readonly workspace: Workspace;
  readonly narrator: Narrator;
  readonly signal: AbortSignal;
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
  const narrator = new Narrator(context);
  return untilDone(narrator, async () => {
    // Only the end that sends needs the file: the client of the fixed run, the server of the broken.
    const sends = options.role === 'both' || (options.role === 'client') !== options.broken;
    const workspace = await makeWorkspace(sends);
    const run: Run = { options, workspace, narrator, signal: context.signal };
    try {
      if (options.broken) {
        narrator.title(narrator.format('transfer.titleBroken'));
        introduceSeed(narrator);
        if (options.role === 'server') return await serveLikeSeed(run);
        if (options.role === 'client') return await receiveSeedStream(run);
        await runBrokenBoth(run);
      }
      narrator.title(narrator.format('transfer.title'));
      introduceFramed(narrator);
      if (options.role === 'server') return await receiveFramed(run);
      if (options.role === 'client') return await sendFramed(run);
      return await runFixedBoth(run);
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

/** `--broken` when the run plays the course's protocol: the other end must play it too. */
function flags(options: DemoOptions): string {
  return options.broken ? ' --broken' : '';
}

// ---------------------------------------------------------------- the fixed protocol

function introduceFramed(narrator: Narrator): void {
  narrator.paragraph('transfer.introFramed', {
    file: DEMO_FILE_NAME,
    size: formatBytes(DEMO_FILE_BYTES),
    chunk: formatBytes(DATA_CHUNK_BYTES),
  });
  narrator.say('');
}

/** Starts the fixed protocol's receiver, narrated; with --role it waits for one client. */
async function startFramedReceiver(run: Run, frames: FrameNarration, timeoutMs: number) {
  const receiver = await startReceiver({
    host: run.options.host,
    port: run.options.port,
    dir: run.workspace.inbox,
    force: false,
    once: true,
    timeoutMs,
    signal: run.signal,
    traceFrames: true,
    onEvent: (event) => frames.handle(event),
  });
  run.narrator.event({
    side: 'server',
    event: 'listen',
    host: receiver.host,
    port: receiver.port,
    part: 'fixed',
  });
  warnIfWildcard(run.narrator, receiver.host, receiver.port);
  return receiver;
}

/** Sends the generated file with the fixed protocol, narrated; rejects if it did not arrive. */
async function sendFramedFile(
  run: Run,
  frames: FrameNarration,
  to: { readonly host: string; readonly port: number; readonly timeoutMs: number },
) {
  await sendFiles([run.workspace.source], {
    ...to,
    signal: run.signal,
    traceFrames: true,
    hints: startServerHint('transfer', to.port, flags(run.options)),
    onEvent: (event) => frames.handle(event),
  });
}

async function runFixedBoth(run: Run): Promise<ExitCode> {
  const { narrator, workspace } = run;
  const frames = new FrameNarration(narrator, DEMO_FILE_BYTES);
  const receiver = await startFramedReceiver(run, frames, DEMO_TIMEOUT_MS);
  try {
    const to = { host: dialHost(receiver.host), port: receiver.port, timeoutMs: DEMO_TIMEOUT_MS };
    await sendFramedFile(run, frames, to);
  } finally {
    receiver.close();
  }
  const summary = await receiver.done;
  const [failure] = summary.failures;
  if (failure !== undefined) throw failure;
  const seconds = frames.elapsedSeconds();
  narrator.event({
    side: 'client',
    event: 'close',
    part: 'fixed',
    say: narrator.format('transfer.allAcknowledged'),
  });
  const same = (await readFile(join(workspace.inbox, DEMO_FILE_NAME))).equals(
    await readFile(workspace.source),
  );
  narrator.say('');
  narrator.paragraph(same ? 'transfer.summary.same' : 'transfer.summary.different', {
    size: formatBytes(DEMO_FILE_BYTES),
    frames: frames.dataFrames('client'),
    seconds: seconds.toFixed(2),
    rate: formatRate(DEMO_FILE_BYTES, seconds),
  });
  return same ? 0 : 1;
}

async function receiveFramed(run: Run): Promise<ExitCode> {
  const frames = new FrameNarration(run.narrator, DEMO_FILE_BYTES);
  const receiver = await startFramedReceiver(run, frames, DEFAULT_TIMEOUT_MS);
  const client = otherEnd('transfer', 'client', { ...receiver, flags: flags(run.options) });
  run.narrator.say(`\n${run.narrator.format('kit.waitingForClient')}\n  ${client}`);
  const summary = await receiver.done;
  const [failure] = summary.failures;
  if (failure !== undefined) throw failure;
  return 0;
}

async function sendFramed(run: Run): Promise<ExitCode> {
  const frames = new FrameNarration(run.narrator, DEMO_FILE_BYTES);
  const { host, port } = run.options;
  await sendFramedFile(run, frames, { host, port, timeoutMs: DEFAULT_TIMEOUT_MS });
  run.narrator.event({
    side: 'client',
    event: 'close',
    part: 'fixed',
    say: run.narrator.format('transfer.acknowledged'),
  });
  return 0;
}

// ---------------------------------------------------------------- the course's protocol

function introduceSeed(narrator: Narrator): void {
  narrator.paragraph('transfer.introSeed', {
    file: DEMO_FILE_NAME,
    copy: SEED_OUTPUT_NAME,
    chunk: SEED_CHUNK_BYTES,
  });
  narrator.say('');
}

/** Listens for the course's protocol, narrated; the connection waits at most `timeoutMs` idle. */
async function listenLikeSeed(run: Run, idleTimeoutMs: number): Promise<TcpListener> {
  const listener = await listenTcp({
    host: run.options.host,
    port: run.options.port,
    idleTimeoutMs,
  });
  run.narrator.event({
    side: 'server',
    event: 'listen',
    host: listener.host,
    port: listener.port,
    part: 'broken',
  });
  warnIfWildcard(run.narrator, listener.host, listener.port);
  return listener;
}

/** Connects the course's receiver, whose recv works as Python's does (see PythonRecv). */
function connectLikeSeed(run: Run, host: string, port: number, idleTimeoutMs: number) {
  return PythonRecv.connect({
    host,
    port,
    firstSize: SIZE_RECV_BYTES,
    idleTimeoutMs,
    signal: run.signal,
    hints: startServerHint('transfer', port, flags(run.options)),
  });
}

async function runBrokenBoth(run: Run): Promise<void> {
  const { narrator, workspace, signal } = run;
  const listener = await listenLikeSeed(run, DEMO_TIMEOUT_MS);
  try {
    const accepted = acceptConnection(listener.server, { timeoutMs: DEMO_TIMEOUT_MS, signal });
    // Both waits settle whatever happens, so no timer outlives the run.
    const [reader, server] = await Promise.all([
      connectLikeSeed(run, dialHost(listener.host), listener.port, DEMO_TIMEOUT_MS),
      accepted,
    ]);
    const trace = newSeedTrace();
    const recvs = new SeedRecvNarration(narrator, trace);
    const sending = sendLikeSeed(server, workspace.source, (send) =>
      narrateSeedSend(narrator, trace, send),
    )
      .then(() => server.end())
      .catch(() => undefined);
    const copyPath = join(workspace.root, SEED_OUTPUT_NAME);
    const outcome = await receiveLikeSeed(reader, copyPath, (recv) => recvs.handle(recv));
    // The Python client exits here, crash or not: its socket closes.
    reader.socket.destroy();
    server.destroy();
    await sending;
    recvs.showLast();
    narrateSeedEnd(narrator, outcome);
    const [original, copy] = await Promise.all([readFile(workspace.source), readFile(copyPath)]);
    explainSeedRun(narrator, { recvs, trace, original, copy, copyName: SEED_OUTPUT_NAME });
  } finally {
    await listener.close();
  }
}

async function serveLikeSeed(run: Run): Promise<ExitCode> {
  const { narrator, workspace } = run;
  const listener = await listenLikeSeed(run, DEFAULT_TIMEOUT_MS);
  try {
    const client = otherEnd('transfer', 'client', { ...listener, flags: flags(run.options) });
    narrator.say(`\n${narrator.format('kit.waitingForClient')}\n  ${client}`);
    const socket: Socket = await acceptConnection(listener.server, {
      timeoutMs: ACCEPT_TIMEOUT_MS,
      signal: run.signal,
    });
    narrator.event({
      side: 'server',
      event: 'connect',
      peer: endpoint(socket.remoteAddress ?? '?', socket.remotePort ?? 0),
      part: 'broken',
    });
    const trace = newSeedTrace();
    try {
      await sendLikeSeed(socket, workspace.source, (send) =>
        narrateSeedSend(narrator, trace, send),
      );
    } catch (error) {
      narrator.event({
        side: 'server',
        event: 'error',
        part: 'broken',
        code: 'BrokenPipeError',
        message: error instanceof Error ? error.message : String(error),
        say: narrator.format('transfer.brokenPipe'),
      });
    }
    socket.end();
    narrator.event({
      side: 'server',
      event: 'close',
      part: 'broken',
      say: narrator.format('transfer.done'),
    });
    return 0;
  } finally {
    await listener.close();
  }
}

async function receiveSeedStream(run: Run): Promise<ExitCode> {
  const { narrator, options, workspace } = run;
  const reader = await connectLikeSeed(run, options.host, options.port, DEFAULT_TIMEOUT_MS);
  try {
    narrator.event({
      side: 'client',
      event: 'connect',
      host: options.host,
      port: options.port,
      part: 'broken',
    });
    const recvs = new SeedRecvNarration(narrator, newSeedTrace(), true);
    const copyPath = join(workspace.root, SEED_OUTPUT_NAME);
    const outcome = await receiveLikeSeed(reader, copyPath, (recv) => recvs.handle(recv));
    recvs.showLast();
    narrateSeedEnd(narrator, outcome);
    narrator.say(
      `\n${narrator.format('transfer.copyGot', { copy: SEED_OUTPUT_NAME, size: formatBytes(outcome.written) })}`,
    );
    return 0;
  } finally {
    reader.socket.destroy();
  }
}
