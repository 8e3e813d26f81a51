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
      narrator.say(`            ${narrator.format('seed.andSoOn', { chunk: SEED_CHUNK_BYTES })}`);
    }
    return;
  }
  const say =
    send.what === 'size'
      ? narrator.format('seed.sendSize', { size: send.bytes.toString() })
      : send.what === 'length'
        ? `send(struct.pack('i', ${send.bytes.length === 4 ? unpackNativeInt(send.bytes) : 0})) = ${hex(send.bytes)}`
        : narrator.format('seed.sendData', { size: narrator.count(send.bytes.length) });
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
        this.#narrator.say(`            ${this.#narrator.format('seed.manyLineUp')}`);
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
        `            ${this.#narrator.format('seed.moreCalls', { count: this.#after - 1 })}`,
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
      say: recvWords(this.#narrator, recv, this.#trace),
    });
  }
}

function recvWords(narrator: Narrator, recv: SeedRecv, trace: SeedTrace): string {
  const call = narrator.format('seed.recv', {
    asked: recv.asked,
    offset: recv.offset,
    got: recv.got.length,
  });
  if (recv.what === 'length' && recv.value !== undefined) {
    const real = trace.lengthOffsets.has(recv.offset) ? '' : narrator.format('seed.fileData');
    return `${narrator.format('seed.recvLength', { offset: recv.offset, bytes: hex(recv.got), value: recv.value })}${real}`;
  }
  if (recv.what === 'data' && recv.got.length < recv.asked)
    return narrator.format('seed.short', { call });
  return call;
}

/** How the course's client ended: the Python exception that stops it, or the loop's end. */
export function narrateSeedEnd(narrator: Narrator, outcome: SeedOutcome): void {
  if (outcome.kind === 'finished') {
    narrator.event({
      side: 'client',
      event: 'close',
      part: 'broken',
      say: narrator.format('seed.zeroLength'),
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
    say: narrator.format('seed.pythonStops', { code }),
  });
  narrator.say(`            ${message}`);
}

/** What a run in one process knows at its end: both ends' bytes and the receiver's reads. */
export interface SeedRun {
  readonly recvs: SeedRecvNarration;
  readonly trace: SeedTrace;
  readonly original: Buffer;
  readonly copy: Buffer;
  readonly copyName: string;
}

/** The explanation after a run in one process, where both ends' bytes are known. */
export function explainSeedRun(narrator: Narrator, run: SeedRun): void {
  const { original, copy } = run;
  const sizes = {
    copy: run.copyName,
    got: formatBytes(copy.length),
    size: formatBytes(original.length),
  };
  narrator.say('');
  whereItWentWrong(narrator, run.recvs, run.trace);
  if (copy.equals(original)) narrator.paragraph('seed.copy.identical', sizes);
  else if (copy.length === 0) narrator.paragraph('seed.copy.empty', sizes);
  else {
    const difference = firstDifference(narrator, original, copy);
    narrator.paragraph('seed.copy.differs', { ...sizes, difference });
  }
  narrator.say('');
  narrator.paragraph('seed.bugs');
}

function whereItWentWrong(narrator: Narrator, recvs: SeedRecvNarration, trace: SeedTrace): void {
  const wrong = recvs.wrong;
  if (wrong === undefined) {
    narrator.paragraph('seed.lucky');
    return;
  }
  if (wrong.what === 'size') {
    const extra = wrong.got.length - trace.sizeText.length;
    const params = { digits: trace.sizeText.length, extra, got: wrong.got.length };
    narrator.paragraph(extra > 0 ? 'seed.wrong.sizeMerged' : 'seed.wrong.sizeShort', params);
    return;
  }
  const before = recvs.before;
  const why =
    before?.what === 'data' && before.got.length < before.asked
      ? narrator.format('seed.why.short', { asked: before.asked, got: before.got.length })
      : narrator.format('seed.why.unknown');
  narrator.paragraph('seed.wrong.shifted', { offset: wrong.offset, why });
}

function firstDifference(narrator: Narrator, original: Buffer, copy: Buffer): string {
  const length = Math.min(original.length, copy.length);
  for (let index = 0; index < length; index += 1) {
    if (original[index] !== copy[index]) return narrator.format('seed.differsAt', { index });
  }
  return narrator.format('seed.restMissing');
}

/** Bytes as hex pairs: "00 08 00 00". */
function hex(bytes: Buffer): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
}
