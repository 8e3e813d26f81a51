import stringWidth from 'string-width';
import { type CommandContext, contextLang } from '../core/command-context.js';
import type { Lang } from '../core/lang.js';
import { type Palette, palette } from '../render/palette.js';
import {
  type MessageCatalogue,
  type MessageParams,
  messageCatalogue,
} from '../text/message-catalogue.js';
import { type WrapOptions, wrapText } from '../text/wrap-text.js';
import { type PrintableOptions, printable } from './printable.js';

/** Which end of a demo did something. */
export type Side = 'server' | 'client';

/** What happened: the six events of netlab's event log. */
export type DemoEventName = 'listen' | 'connect' | 'send' | 'recv' | 'close' | 'error';

/**
 * One line of the `--json` event log. `t`, `side` and `event` are always there; `bytes` and
 * `data` on send and recv; the other fields where they apply.
 */
export interface DemoEvent {
  /** Milliseconds since the demo started. */
  readonly t: number;
  readonly side: Side;
  readonly event: DemoEventName;
  /** Size of what was sent or received. */
  readonly bytes?: number;
  /** The bytes shown printable: control bytes escaped, long data cut with a marker. */
  readonly data?: string;
  /** The bytes themselves, base64 (RFC 4648), up to the first 64 KiB of them. */
  readonly base64?: string;
  /** This end's address: where a server listens, where a client connected to. */
  readonly host?: string;
  readonly port?: number;
  /** The other end, "address:port". */
  readonly peer?: string;
  /** A client's own port, which the system picked (the ports demo). */
  readonly localPort?: number;
  /** The range the system picks such ports from, and where netlab read it. */
  readonly ephemeralRange?: {
    readonly low: number;
    readonly high: number;
    readonly source: string;
  };
  /** For a message a framer decoded (rather than a raw read): its number, from 1. */
  readonly frame?: number;
  /** Which part of a multi-part demo this belongs to (sticky: "a" to "d"). */
  readonly part?: string;
  /** For errors: the system or netlab error code, and what it means. */
  readonly code?: string;
  readonly message?: string;
}

/**
 * What a demo reports: the fields of its event (`t` is added when it is recorded), with `payload`
 * in place of `data`; `say` replaces the human wording.
 */
export interface EventReport extends Omit<DemoEvent, 't' | 'data'> {
  readonly payload?: Uint8Array;
  /** The size to report when `payload` is only the start of the data (e.g. of a large frame). */
  readonly bytes?: number;
  /** The human narration for this event; without it a standard wording is used. */
  readonly say?: string;
  /** Log it with --json but print no narration line (the demo summarises such events itself). */
  readonly quiet?: boolean;
  /** Characters of data to keep in the JSON event (default 120). */
  readonly dataChars?: number;
  /** Leave the quoted data off the narration line (the demo shows the bytes itself). */
  readonly hideData?: boolean;
}

/** Options for a narrator. */
export interface NarratorOptions {
  /** Milliseconds from any fixed origin; injected by tests. Defaults to performance.now(). */
  readonly clock?: () => number;
}

/** Characters of data kept in a JSON event. */
const JSON_DATA_CHARS = 120;
/** The most bytes of a payload an event carries in base64: more than a UDP datagram holds. */
const JSON_BASE64_BYTES = 65_536;
/** The widest a wrapped paragraph of narration gets, however wide the terminal. */
const PARAGRAPH_COLUMNS = 80;
/** Width of the "  server  " column in human narration. */
export const SIDE_COLUMNS = 10;

/**
 * Tells what a demo does as it happens: for people, lines of narration that fit the terminal;
 * with `--json`, one event object a line, nothing else on stdout. Warnings go to stderr.
 */
export class Narrator {
  readonly json: boolean;
  /** The language the narration is in (content/messages/LANG/demos.json); --json is English. */
  readonly lang: Lang;
  readonly #context: CommandContext;
  readonly #clock: () => number;
  readonly #start: number;
  readonly #colors: Palette;
  readonly #text: MessageCatalogue;
  readonly #english: MessageCatalogue;

  constructor(context: CommandContext, options: NarratorOptions = {}) {
    this.#context = context;
    this.json = context.json;
    this.lang = contextLang(context);
    this.#text = messageCatalogue(this.lang, 'demos');
    this.#english = messageCatalogue('en', 'demos');
    this.#clock = options.clock ?? (() => performance.now());
    this.#start = this.#clock();
    this.#colors = palette(context.color);
  }

  /** The colours this narrator writes with (identity functions when colour is off). */
  get colors(): Palette {
    return this.#colors;
  }

  /** Width available for a line of narration. */
  get columns(): number {
    return Math.max(this.#context.io.columns, 40);
  }

  /** The demos' message `key` in the narration's language, filled with `params`. */
  format(key: string, params?: MessageParams): string {
    return this.#text.format(key, params);
  }

  /** "1 byte", "21 bytes" (or another unit of demos.json, such as "reads"), in the narration's language. */
  count(count: number, unit = 'bytes'): string {
    return this.#text.format(`unit.${unit}`, { count });
  }

  /** Bytes shown as `printable` shows them, with the marker for what is left out in the narration's language. */
  printable(bytes: Uint8Array, maxColumns: number, options: PrintableOptions = {}): string {
    return printable(bytes, maxColumns, {
      ...options,
      more: (count) => this.#text.format('data.more', { count }),
    });
  }

  /** A side's column, "  server  ", as wide as SIDE_COLUMNS in any language. */
  sideLabel(side: Side): string {
    const label = `  ${this.#text.format(`side.${side}`)}`;
    return label + ' '.repeat(Math.max(1, SIDE_COLUMNS - stringWidth(label)));
  }

  /** The demos' message `key` in English: for the text fields of --json events. */
  english(key: string, params?: MessageParams): string {
    return this.#english.format(key, params);
  }

  /**
   * The message `key` as prose for people, wrapped to the terminal (at most 80 columns, CJK
   * characters counting two); newlines in the message are kept.
   */
  paragraph(key: string, params?: MessageParams, wrap: WrapOptions = {}): void {
    if (this.json) return;
    const width = Math.min(this.columns, PARAGRAPH_COLUMNS);
    this.say(wrapText(this.format(key, params), width, wrap).join('\n'));
  }

  /** Milliseconds since this narrator was made. */
  elapsed(): number {
    return Math.round(this.#clock() - this.#start);
  }

  /** Records one event: a JSON line with --json, otherwise a line of narration. */
  event(report: EventReport): DemoEvent {
    const record = this.#record(report);
    if (this.json) this.#write(`${JSON.stringify(record)}\n`);
    else if (report.quiet !== true) this.#write(`${this.#humanLine(report)}\n`);
    return record;
  }

  /** Prose for people (skipped with --json); each line is written as given. */
  say(text: string): void {
    if (!this.json) this.#write(`${text}\n`);
  }

  /** A section heading for people (skipped with --json), underlined, after a blank line. */
  title(text: string): void {
    const width = Math.min(stringWidth(text), this.columns);
    this.say(`\n${this.#colors.bold(text)}\n${'─'.repeat(width)}`);
  }

  /** A one-line warning on stderr, shown in both modes. */
  warn(text: string): void {
    this.#context.io.stderr.write(`${this.#text.format('warning', { text })}\n`);
  }

  #write(text: string): void {
    this.#context.io.stdout.write(text);
  }

  #record(report: EventReport): DemoEvent {
    const {
      payload,
      say: _s,
      quiet: _q,
      hideData: _h,
      dataChars = JSON_DATA_CHARS,
      ...rest
    } = report;
    const base = { t: this.elapsed(), side: report.side, event: report.event };
    if (payload === undefined) return { ...base, ...rest };
    return {
      ...base,
      ...rest,
      bytes: report.bytes ?? payload.length,
      data: printable(payload, dataChars, { total: report.bytes ?? payload.length }),
      base64: Buffer.from(payload.subarray(0, JSON_BASE64_BYTES)).toString('base64'),
    };
  }

  #humanLine(report: EventReport): string {
    const color = report.side === 'server' ? this.#colors.cyan : this.#colors.magenta;
    const label = this.sideLabel(report.side);
    const side = color(label);
    const words = report.say ?? this.#standardWording(report);
    const indent = stringWidth(label);
    const wordsOnly = (): string => this.#hanging(side, indent, words);
    if (report.payload === undefined || report.hideData === true) return wordsOnly();
    const room = this.columns - indent - stringWidth(words) - 4;
    if (room < 8) return wordsOnly();
    const data = this.printable(report.payload, room, {
      total: report.bytes ?? report.payload.length,
    });
    // In a narrow room only the "…(+N bytes)" marker would be left, and it may not fit either.
    if (stringWidth(data) > room || data.startsWith('…')) return wordsOnly();
    return `${side}${words}  ${this.#colors.dim(`"${data}"`)}`;
  }

  /** `words` after the side's column, wrapped under itself when longer than the line. */
  #hanging(side: string, indent: number, words: string): string {
    const [first = '', ...rest] = wrapText(words, Math.max(this.columns - indent, 20));
    return [`${side}${first}`, ...rest.map((line) => `${' '.repeat(indent)}${line}`)].join('\n');
  }

  /** The narration used when a demo does not word an event itself. */
  #standardWording(report: EventReport): string {
    const size = this.count(report.bytes ?? report.payload?.length ?? 0);
    const at = `${report.host ?? '?'}:${report.port ?? '?'}`;
    const format = (key: string, params: Record<string, string | number> = {}) =>
      this.#text.format(`event.${key}${report.peer === undefined ? '' : '.peer'}`, {
        peer: report.peer ?? '',
        ...params,
      });
    switch (report.event) {
      case 'listen':
        return this.#text.format('event.listen', { at });
      case 'connect':
        return report.side === 'server'
          ? format('accepted')
          : this.#text.format('event.connected', { at });
      case 'send':
        return format('sent', { size });
      case 'recv':
        return report.frame === undefined
          ? format('read', { size })
          : format('frame', { frame: report.frame, size });
      case 'close':
        return report.message ?? this.#text.format('event.closed');
      case 'error':
        return this.#text.format('event.error', {
          code: report.code ?? 'error',
          message: report.message ?? this.#text.format('event.failed'),
        });
    }
  }
}
