import { formatBytes } from '../transfer/format-units.js';
import type { SeedOutcome, SeedRecv } from '../transfer/seed-receiver.js';
import { SEED_CHUNK_BYTES, type SeedSend, unpackNativeInt } from '../transfer/seed-sender.js';
import { SHOWN_FRAMES } from './_frame-narration.js';
import type { Narrator } from './narrator.js';

/** What the course's sender wrote: where each length really starts. */
export interface SeedTrace {
  readonly lengthOffsets: Set<number>;
  sizeText: Buffer;
  sends: number;
}

/** An empty trace, filled as the course's sender writes (or inferred from the size read). */
export function newSeedTrace(): SeedTrace {
  return { lengthOffsets: new Set(), sizeText: Buffer.alloc(0), sends: 0 };
}

/** Narrates the course's sender: the size and the first frames, then a count. */
export function narrateSeedSend(narrator: Narrator, trace: SeedTrace, send: SeedSend): void {
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
        ? `send(struct.pack('i', ${send.bytes.length === 4 ? unpackNativeInt(send.bytes) : 0})) = ${hex(send.bytes)}`
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

/**
 * Narrates the course's receiver: its first calls, the call where the stream goes wrong, and the
 * last call, the one that stops it.
 */
export class SeedRecvNarration {
  readonly #narrator: Narrator;
  readonly #trace: SeedTrace;
  /** The sender runs elsewhere: work out where its lengths are from the size. */
  readonly #infer: boolean;
  #calls = 0;
  #previous: SeedRecv | undefined;
  #shown: SeedRecv | undefined;
  /** Calls made since the one where the stream went wrong. */
  #after = 0;
  /** The first call that read from the wrong place, once found. */
  wrong: SeedRecv | undefined;
  /** The call just before it. */
  before: SeedRecv | undefined;

  constructor(narrator: Narrator, trace: SeedTrace, infer = false) {
    this.#narrator = narrator;
    this.#trace = trace;
    this.#infer = infer;
  }

  /** Narrates one recv call of the course's receiver as it returns. */
  handle(recv: SeedRecv): void {
    this.#calls += 1;
    if (this.#infer && recv.what === 'size') inferTrace(this.#trace, recv.got);
    if (this.wrong !== undefined) this.#after += 1;
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

  /** Shows the receiver's last call, the one it stopped on, if it was not shown already. */
  showLast(): void {
    const last = this.#previous;
    if (last === undefined || last === this.#shown) return;
    if (this.#after > 1) {
      this.#narrator.say(
        this.#after === 2
          ? '            … 1 more call, reading from the wrong place:'
          : `            … ${this.#after - 1} more calls, all reading from the wrong place:`,
      );
    }
    this.#show(last);
  }

  /** A length read where no length starts, a size read that is not exactly the size, a short read. */
  #isWrong(recv: SeedRecv): boolean {
    if (recv.what === 'size') return !recv.got.equals(this.#trace.sizeText);
    if (recv.what === 'length')
      return !this.#trace.lengthOffsets.has(recv.offset) || recv.got.length < 4;
    return false;
  }

  #show(recv: SeedRecv): void {
    this.#shown = recv;
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

/** How the course's client ended: the Python exception that stops it, or the loop's end. */
export function narrateSeedEnd(narrator: Narrator, outcome: SeedOutcome): void {
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

/** The explanation after a run in one process, where both ends' bytes are known. */
export function explainSeedRun(
  recvs: SeedRecvNarration,
  trace: SeedTrace,
  original: Buffer,
  copy: Buffer,
  copyName: string,
): string {
  const verdict = copy.equals(original)
    ? ' and is identical: this run got lucky'
    : copy.length === 0
      ? ': nothing of it arrived'
      : `; ${firstDifference(original, copy)}`;
  return [
    '',
    whereItWentWrong(recvs, trace),
    `${copyName} holds ${formatBytes(copy.length)} of ${formatBytes(original.length)}${verdict}.`,
    '',
    'The three bugs: (1) the size has no length before it, so it can merge with the',
    'first frame; (2) recv(n) returns what has arrived, up to n, so one short read',
    "shifts every later length; (3) 'sys.stdout.flush' without () never flushes, so",
    "the bar lags. And struct.pack('i') is native-endian and signed: a big-endian",
    'peer would read other numbers. Where the stream breaks depends on timing.',
  ].join('\n');
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

/** Bytes as hex pairs: "00 08 00 00". */
function hex(bytes: Buffer): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
}
