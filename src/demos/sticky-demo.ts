import type { Socket } from 'node:net';
import type { CommandContext } from '../core/command-context.js';
import type { ExitCode } from '../core/exit-code.js';
import { acceptConnection } from '../net/accept-connection.js';
import { connectTcp } from '../net/connect-tcp.js';
import { DelimiterDecoder } from '../net/delimiter-decoder.js';
import { encodeDelimitedFrame } from '../net/delimiter-encoder.js';
import { DelimiterInPayloadError } from '../net/delimiter-in-payload-error.js';
import { LengthPrefixDecoder } from '../net/length-prefix-decoder.js';
import { encodeFrame } from '../net/length-prefix-encoder.js';
import { listenTcp, type TcpListener } from '../net/listen-tcp.js';
import { dialHost } from '../net/parse-endpoint.js';
import { readUntilEnd } from '../net/read-until-end.js';
import { connectionLost, endpoint, timeoutError } from '../net/socket-error.js';
import { pause, waitForEvent } from '../net/wait-for-event.js';
import { writeBytes } from '../net/write-bytes.js';
import { formatBytes } from '../transfer/format-units.js';
import { otherEnd, startServerHint, untilDone, warnIfWildcard } from './_demo-kit.js';
import { describeReads } from './_read-sizes.js';
import type { DemoOptions } from './demo-options.js';
import { Narrator, SIDE_COLUMNS } from './narrator.js';

/** The four parts, in the order they run; each uses a fresh connection. */
const PARTS = ['a', 'b', 'c', 'd'] as const;
type Part = (typeof PARTS)[number];

const SMALL = ['hello', 'world'] as const;
const BIG = 4 * 1024 * 1024;
const WITH_NEWLINE = 'line one\nline two';
/** The receiver's deliberate wait before its first read (longer when the sender is elsewhere). */
const WAIT_MS = { both: 200, server: 500 } as const;
/** The most one part accepts from the peer. */
const MAX_PART_BYTES = 8 * 1024 * 1024;
const ACCEPT_TIMEOUT_MS = 10 * 60_000;

/** A large message whose bytes are easy to recognise: "0123456789" over and over. */
function bigMessage(): Buffer {
  const big = Buffer.allocUnsafe(BIG);
  for (let i = 0; i < BIG; i += 1) big[i] = 0x30 + (i % 10);
  return big;
}

/** `netlab demo sticky`: the sticky-packet problem made certain, then two ways to fix it. */
export async function runStickyDemo(
  options: DemoOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const narrator = new Narrator(context);
  const { signal } = context;
  return untilDone(narrator, async () => {
    if (options.role === 'client') {
      for (const part of PARTS) await playPart(part, options, narrator, signal);
      return 0;
    }
    introduce(narrator);
    const listener = await listenTcp({
      host: options.host,
      port: options.port,
      pauseOnConnect: true,
    });
    try {
      narrator.event({ side: 'server', event: 'listen', host: listener.host, port: listener.port });
      warnIfWildcard(narrator, listener.host, listener.port);
      if (options.role === 'server') {
        narrator.say(
          `${narrator.format('sticky.waiting')}\n  ${otherEnd('sticky', 'client', listener)}`,
        );
      }
      const remote = { ...options, host: dialHost(listener.host), port: listener.port };
      for (const part of PARTS) {
        narrator.title(narrator.format(`sticky.title.${part}`, { size: formatBytes(BIG) }));
        const accepted = waitForClient(listener, options.role === 'server', signal);
        if (options.role === 'server') {
          await receivePart(part, await accepted, narrator, { waitMs: WAIT_MS.server, signal });
        } else {
          await runBoth(part, remote, accepted, narrator, signal);
        }
      }
      conclude(narrator);
      return 0;
    } finally {
      await listener.close();
    }
  });
}

async function runBoth(
  part: Part,
  remote: DemoOptions,
  accepted: Promise<Socket>,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<void> {
  let smallSent: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    smallSent = resolve;
  });
  const client = playPart(part, remote, narrator, signal, smallSent);
  const server = accepted.then(async (socket) => {
    await ready;
    await receivePart(part, socket, narrator, { waitMs: WAIT_MS.both, signal });
  });
  await Promise.all([client, server]);
}

function waitForClient(listener: TcpListener, patient: boolean, signal: AbortSignal) {
  return acceptConnection(listener.server, {
    timeoutMs: patient ? ACCEPT_TIMEOUT_MS : 5000,
    signal,
  });
}

// ---------------------------------------------------------------------------------------------
// The sending side of each part.

/** What the client writes in a part, one write per element. */
function writesFor(part: Part): Buffer[] {
  switch (part) {
    case 'a':
      return SMALL.map((text) => Buffer.from(text));
    case 'b':
      return [bigMessage()];
    case 'c':
      return [...SMALL.map((text) => Buffer.from(text)), bigMessage()].map((m) => encodeFrame(m));
    case 'd':
      // The third message is sent as a naive sender would: with a newline inside it.
      return [
        ...SMALL.map((t) => encodeDelimitedFrame(Buffer.from(t))),
        Buffer.from(`${WITH_NEWLINE}\n`),
      ];
  }
}

/** Connects, makes the part's writes, and finishes sending; `smallSent` fires before any 4 MiB. */
async function playPart(
  part: Part,
  options: DemoOptions,
  narrator: Narrator,
  signal: AbortSignal,
  smallSent: () => void = () => {},
): Promise<void> {
  const client = await connectTcp({
    host: options.host,
    port: options.port,
    signal,
    hints: startServerHint('sticky', options.port),
  });
  try {
    for (const bytes of writesFor(part)) {
      if (bytes.length > 1024) smallSent();
      const sending = writeBytes(client, bytes);
      narrator.event({
        side: 'client',
        event: 'send',
        payload: bytes,
        part,
        say: sendWords(narrator, part, bytes),
      });
      await sending;
    }
    smallSent();
    client.end();
    if (part === 'd') explainDelimiterLimit(narrator);
    await waitForEvent(client, 'close', {
      timeoutMs: 10_000,
      signal,
      onTimeout: () => timeoutError('the server did not close the connection', 10_000),
    });
  } catch (error) {
    throw connectionLost(error, endpoint(options.host, options.port));
  } finally {
    client.destroy();
  }
}

function sendWords(narrator: Narrator, part: Part, bytes: Buffer): string {
  if (bytes.length <= 1024)
    return narrator.format('event.sent', { size: narrator.count(bytes.length) });
  return part === 'c'
    ? narrator.format('sticky.sentFramed', {
        size: narrator.count(bytes.length),
        payload: formatBytes(bytes.length - 4),
      })
    : narrator.format('sticky.sentOneWrite', { size: formatBytes(bytes.length) });
}

function explainDelimiterLimit(narrator: Narrator): void {
  try {
    encodeDelimitedFrame(Buffer.from(WITH_NEWLINE));
  } catch (error) {
    if (!(error instanceof DelimiterInPayloadError)) throw error;
    narrator.say(
      `${' '.repeat(SIDE_COLUMNS)}${narrator.format('sticky.encoderRefuses', { offset: error.offset })}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The receiving side of each part.

interface ReceiveOptions {
  readonly waitMs: number;
  readonly signal: AbortSignal;
}

/** Reads one part's connection to its end and narrates what arrived, read by read or frame by frame. */
async function receivePart(
  part: Part,
  socket: Socket,
  narrator: Narrator,
  options: ReceiveOptions,
): Promise<void> {
  try {
    if (part !== 'b') {
      narrator.say(
        `${narrator.sideLabel('server')}${narrator.format('sticky.waits', { ms: options.waitMs })}`,
      );
      await pause(options.waitMs, options.signal);
    }
    const reads: Buffer[] = [];
    const frames: Buffer[] = [];
    const decoder = decoderFor(part);
    const showEach = part === 'a' || part === 'd';
    await readUntilEnd(socket, {
      maxBytes: MAX_PART_BYTES,
      signal: options.signal,
      onRead: (chunk) => {
        reads.push(chunk);
        narrator.event({ side: 'server', event: 'recv', payload: chunk, part, quiet: !showEach });
        if (decoder !== undefined) frames.push(...decoder.push(chunk));
      },
    });
    decoder?.end();
    if (!showEach) narrator.say(describeReads(narrator, reads));
    frames.forEach((frame, index) => {
      narrator.event({ side: 'server', event: 'recv', payload: frame, part, frame: index + 1 });
    });
    socket.end();
    lessonOf(narrator, part, reads, frames);
  } catch (error) {
    throw connectionLost(error, endpoint(socket.remoteAddress ?? '?', socket.remotePort ?? 0));
  } finally {
    socket.destroy();
  }
}

function decoderFor(part: Part): LengthPrefixDecoder | DelimiterDecoder | undefined {
  if (part === 'c') return new LengthPrefixDecoder({ maxFrameLength: MAX_PART_BYTES });
  if (part === 'd') return new DelimiterDecoder({ maxFrameLength: MAX_PART_BYTES });
  return undefined;
}

/** A conclusion: an arrow, then lines hanging under its text. */
const ARROW = { first: '→ ', rest: '  ' } as const;

/** The one-paragraph moral of a part, from what actually happened. */
function lessonOf(
  narrator: Narrator,
  part: Part,
  reads: readonly Buffer[],
  frames: readonly Buffer[],
): void {
  const sends = writesFor(part).length;
  const params = {
    sends,
    reads: reads.length,
    size: narrator.count(reads[0]?.length ?? 0),
    frames: frames.length,
    cut: WITH_NEWLINE.replace('\n', '\\n'),
  };
  const key =
    part === 'a' && reads.length !== 1 ? 'sticky.lesson.a.apart' : `sticky.lesson.${part}`;
  narrator.paragraph(key, params, ARROW);
}

function introduce(narrator: Narrator): void {
  narrator.title(narrator.format('sticky.title'));
  narrator.paragraph('sticky.intro');
  narrator.say('');
}

function conclude(narrator: Narrator): void {
  narrator.say('');
  narrator.paragraph('sticky.conclusion');
}
