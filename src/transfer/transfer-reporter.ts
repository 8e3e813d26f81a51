import type { Writable } from 'node:stream';
import { SingleBar } from 'cli-progress';
import type { Lang } from '../core/lang.js';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';
import { megabytesPerSecond } from './format-units.js';
import type { TransferEvent, TransferListener } from './transfer-event.js';
import { etaSeconds, percentOf, renderProgressLine, renderSummaryLine } from './transfer-text.js';

/** At most one JSON progress record per file every 250 ms (plus the last one). */
const JSON_PROGRESS_INTERVAL_MS = 250;

/** Where a reporter writes, decided at the edge. */
export interface ReporterOutput {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Draw a progress bar (stderr is a terminal, and no --json). */
  readonly stderrIsTTY: boolean;
  readonly columns: number;
}

/** How a reporter writes. */
export interface ReporterOptions {
  /** One JSON record a line on stdout instead of text and bars. */
  readonly json: boolean;
  /** Milliseconds from any origin; defaults to performance.now(). */
  readonly now?: () => number;
  /** The language of the lines for people (the bar, summaries); English by default. --json is English. */
  readonly lang?: Lang;
}

/** The file whose progress is shown. */
interface Current {
  readonly name: string;
  readonly size: number;
  readonly started: number;
  lastJson: number;
  bar?: SingleBar;
}

/**
 * Turns transfer events into what people or scripts read: a progress bar on stderr (terminals
 * only), a summary line per file on stdout, failures on stderr; or, with `json`, one record a line
 * on stdout (`connected`, `start`, `progress`, `result`, `closed`) and failures still on stderr.
 */
export class TransferReporter {
  readonly #out: ReporterOutput;
  readonly #json: boolean;
  readonly #now: () => number;
  readonly #current = new Map<string, Current>();
  readonly #text: MessageCatalogue;

  constructor(output: ReporterOutput, options: ReporterOptions) {
    this.#out = output;
    this.#json = options.json;
    this.#text = messageCatalogue(options.lang ?? 'en', 'demos');
    this.#now = options.now ?? (() => performance.now());
  }

  /** The listener to pass to sendFiles or startReceiver. */
  readonly listener: TransferListener = (event) => this.#handle(event);

  /** Removes any bar still drawn (call before exiting on an error). */
  stop(): void {
    for (const current of this.#current.values()) current.bar?.stop();
    this.#current.clear();
  }

  #handle(event: TransferEvent): void {
    switch (event.event) {
      case 'connect':
        this.#line(
          { event: 'connect', side: event.side, peer: event.peer },
          this.#text.format(`report.connect.${event.side}`, { peer: event.peer }),
        );
        break;
      case 'file-start':
        this.#start(event.side, event.name, event.size);
        break;
      case 'progress':
        this.#progress(event.side, event.name, event.bytes);
        break;
      case 'file-done':
        this.#finish(event.side);
        this.#line(resultRecord(event), renderSummaryLine(event, { text: this.#text }));
        break;
      case 'file-failed': {
        this.#finish(event.side);
        const { event: _event, ...rest } = event;
        if (this.#json) this.#line({ event: 'result', ...rest, ok: false }, '');
        this.#out.stderr.write(`netlab: ${event.message}\n`);
        break;
      }
      case 'close':
        this.#line(
          { event: 'close', side: event.side, peer: event.peer, files: event.files },
          this.#text.format('report.close', { peer: event.peer, count: event.files }),
        );
        break;
      default:
        // 'listen' is announced by the command, 'frame' is for the demo's narration.
        break;
    }
  }

  #line(record: object, text: string): void {
    this.#out.stdout.write(`${this.#json ? JSON.stringify(record) : text}\n`);
  }

  #start(side: string, name: string, size: number): void {
    const current: Current = { name, size, started: this.#now(), lastJson: this.#now() };
    if (this.#json) {
      this.#out.stdout.write(`${JSON.stringify({ event: 'start', side, name, size })}\n`);
    } else if (this.#out.stderrIsTTY) {
      current.bar = this.#bar(current);
      current.bar.start(size, 0);
    }
    this.#current.set(side, current);
  }

  #progress(side: 'sender' | 'receiver', name: string, bytes: number): void {
    const current = this.#current.get(side);
    if (current === undefined) return;
    current.bar?.update(bytes);
    if (!this.#json) return;
    const now = this.#now();
    if (bytes !== current.size && now - current.lastJson < JSON_PROGRESS_INTERVAL_MS) return;
    current.lastJson = now;
    const seconds = (now - current.started) / 1000;
    const eta = etaSeconds({ name, bytes, size: current.size, seconds });
    const record = {
      event: 'progress',
      side,
      name,
      bytes,
      size: current.size,
      percent: round(percentOf(bytes, current.size), 1),
      bytesPerSecond: seconds > 0 ? Math.round(bytes / seconds) : 0,
      etaSeconds: eta === undefined ? null : round(eta, 1),
    };
    this.#out.stdout.write(`${JSON.stringify(record)}\n`);
  }

  #finish(side: 'sender' | 'receiver'): void {
    this.#current.get(side)?.bar?.stop();
    this.#current.delete(side);
  }

  #bar(current: Current): SingleBar {
    const width = Math.max(this.#out.columns - 1, 40);
    return new SingleBar({
      stream: this.#out.stderr,
      format: (_options, params) =>
        renderProgressLine(
          {
            name: current.name,
            bytes: params.value,
            size: current.size,
            seconds: (this.#now() - current.started) / 1000,
          },
          width,
          { text: this.#text },
        ),
      fps: 10,
      clearOnComplete: true,
      gracefulExit: false,
      hideCursor: null,
      linewrap: false,
    });
  }
}

/** The JSON record of a file that arrived whole. */
function resultRecord(event: Extract<TransferEvent, { event: 'file-done' }>): object {
  return {
    event: 'result',
    side: event.side,
    ok: true,
    name: event.name,
    size: event.size,
    seconds: round(event.seconds, 3),
    megabytesPerSecond: round(megabytesPerSecond(event.size, event.seconds), 1),
    sha256: event.sha256,
    checksum: 'ok',
    ...(event.path === undefined ? {} : { path: event.path }),
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
