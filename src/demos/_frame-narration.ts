import stringWidth from 'string-width';
import { formatBytes } from '../transfer/format-units.js';
import type { TransferEvent } from '../transfer/transfer-event.js';
import { DATA_CHUNK_BYTES } from '../transfer/wire-format.js';
import { type Narrator, SIDE_COLUMNS, type Side } from './narrator.js';

/** Data frames narrated one by one at the start of a run; the rest are counted. */
export const SHOWN_FRAMES = 2;

/**
 * Narrates netlab's transfer protocol frame by frame, from the events of sendFiles (the client)
 * and startReceiver (the server): the first data frames, the last one, and every other frame.
 * With --json every frame is an event. Failures are logged as events only: the demo reports the
 * error itself, on one line.
 */
export class FrameNarration {
  readonly #narrator: Narrator;
  readonly #fileBytes: number;
  readonly #dataFrames = new Map<Side, number>();
  #sent = 0;
  #started = 0;

  /** `fileBytes`: the size of the file sent, to tell its last data frame. */
  constructor(narrator: Narrator, fileBytes: number) {
    this.#narrator = narrator;
    this.#fileBytes = fileBytes;
  }

  /** Narrates one transfer event; the receiver is the server, the sender the client. */
  handle(event: TransferEvent): void {
    if (event.event === 'listen') return;
    const side: Side = event.side === 'sender' ? 'client' : 'server';
    switch (event.event) {
      case 'connect':
        this.#narrator.event({
          side,
          event: 'connect',
          part: 'fixed',
          peer: event.peer,
          say: this.#narrator.format(
            side === 'client' ? 'frames.connected' : 'event.accepted.peer',
            { peer: event.peer },
          ),
        });
        return;
      case 'file-start':
        if (side === 'client') this.#started = performance.now();
        return;
      case 'file-done':
        if (side === 'server') {
          this.#narrator.say(
            `${' '.repeat(SIDE_COLUMNS)}${this.#narrator.format('frames.renamed', { name: event.name })}`,
          );
        }
        return;
      case 'file-failed':
        this.#narrator.event({
          side,
          event: 'error',
          part: 'fixed',
          code: event.code,
          message: event.message,
          quiet: true,
        });
        return;
      case 'frame':
        this.#frame(side, event);
        return;
      default:
        return;
    }
  }

  /** Seconds from the first header to now. */
  elapsedSeconds(): number {
    return (performance.now() - this.#started) / 1000;
  }

  /** Data frames one side saw. */
  dataFrames(side: Side): number {
    return this.#dataFrames.get(side) ?? 0;
  }

  #frame(side: Side, event: Extract<TransferEvent, { event: 'frame' }>): void {
    const count = event.kind === 'data' ? (this.#dataFrames.get(side) ?? 0) + 1 : 0;
    if (event.kind === 'data') this.#dataFrames.set(side, count);
    if (event.kind === 'data' && side === 'client') this.#sent += event.bytes - 5;
    const last = event.kind === 'data' && side === 'client' && this.#sent === this.#fileBytes;
    if (event.kind === 'data' && count > SHOWN_FRAMES && !last && !this.#narrator.json) {
      if (count === SHOWN_FRAMES + 1) {
        this.#narrator.say(
          `            ${this.#narrator.format('frames.more', { size: formatBytes(DATA_CHUNK_BYTES) })}`,
        );
      }
      return;
    }
    this.#narrator.event({
      side,
      event: event.direction,
      part: 'fixed',
      // The frame as it went on the wire, from its length prefix; people read it in the words.
      payload: event.head,
      bytes: event.bytes,
      hideData: true,
      ...(event.kind === 'data' ? { frame: count } : {}),
      say: frameWords(this.#narrator, event, count),
    });
  }
}

/** How the narration words one frame, in `columns` less the side column. */
function frameWords(
  narrator: Narrator,
  event: Extract<TransferEvent, { event: 'frame' }>,
  count: number,
): string {
  const { columns } = narrator;
  const words = (kind: string, params: Record<string, string | number> = {}) =>
    narrator.format(`frames.${event.direction}.${kind}`, params);
  const prefix = [...event.head.subarray(0, 4)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join(' ');
  switch (event.kind) {
    case 'header': {
      // The peer wrote the JSON: shown escaped and cut to the line, like any data.
      const head = `${words('header', { prefix })} `;
      const json = narrator.printable(
        event.head.subarray(5),
        columns - SIDE_COLUMNS - stringWidth(head),
        {
          total: event.bytes - 5,
          quoted: false,
        },
      );
      return `${head}${json}`;
    }
    case 'data':
      return words('data', {
        count,
        prefix,
        length: event.bytes - 4,
        size: formatBytes(event.bytes - 5),
      });
    case 'end':
      return words('end');
    case 'ack':
      return words('ack');
    case 'error':
      return words('error');
  }
}
