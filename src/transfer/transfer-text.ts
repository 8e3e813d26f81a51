import stringWidth from 'string-width';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';
import { escapeText, quoteName } from './escape-text.js';
import { formatBytes, formatRate, formatSeconds } from './format-units.js';
import type { TransferSide } from './transfer-event.js';

/** Where one file's transfer stands, for a progress line. */
export interface ProgressState {
  readonly name: string;
  readonly bytes: number;
  readonly size: number;
  /** Seconds since the file started. */
  readonly seconds: number;
}

/** How a transfer line is worded. */
export interface TransferWording {
  /** The demos' messages in the reader's language (content/messages/LANG/demos.json); English by default. */
  readonly text?: MessageCatalogue;
}

/** The English messages, for callers that give none. */
function englishText(): MessageCatalogue {
  return messageCatalogue('en', 'demos');
}

/** The percentage done, 100 for an empty file. */
export function percentOf(bytes: number, size: number): number {
  return size === 0 ? 100 : (bytes / size) * 100;
}

/** Seconds left at the average rate so far, or undefined before there is a rate. */
export function etaSeconds(state: ProgressState): number | undefined {
  if (state.bytes === 0 || state.seconds <= 0) return undefined;
  return ((state.size - state.bytes) * state.seconds) / state.bytes;
}

/**
 * One progress line: name, bar, percent, bytes, rate and ETA, fitted to `width` columns by
 * shortening the bar (and the name when the terminal is very narrow).
 *
 * @example
 * renderProgressLine({ name: 'a.bin', bytes: 512, size: 1024, seconds: 1 }, 60);
 * // 'a.bin [######------]  50% 512 bytes/1.0 KiB 0.0 MB/s ETA 1.00 s'
 */
export function renderProgressLine(
  state: ProgressState,
  width: number,
  wording: TransferWording = {},
): string {
  const text = wording.text ?? englishText();
  const percent = percentOf(state.bytes, state.size);
  const eta = etaSeconds(state);
  const left = text.format('report.eta', { eta: eta === undefined ? '-' : formatSeconds(eta) });
  const tail = ` ${percent.toFixed(0).padStart(3)}% ${formatBytes(state.bytes)}/${formatBytes(state.size)} ${formatRate(state.bytes, state.seconds)} ${left}`;
  const room = width - stringWidth(tail) - 3;
  // The name came from a peer or a file system: escaped, and cut when the bar would get short.
  let name = escapeText(state.name, 60);
  if (room - stringWidth(name) < 10 && stringWidth(name) > 20) name = escapeText(state.name, 19);
  const barWidth = Math.max(room - stringWidth(name) - 1, 0);
  const filled = Math.round((barWidth * percent) / 100);
  const bar = barWidth > 0 ? ` [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]` : '';
  return `${name}${bar}${tail}`;
}

/** What a finished file's summary line reports. */
export interface FileSummary {
  readonly side: TransferSide;
  readonly name: string;
  readonly size: number;
  readonly seconds: number;
  readonly sha256: string;
}

/**
 * The line printed when a file has arrived whole: size, time, rate and the verified checksum (on
 * the sender's side, the receiver's verdict).
 *
 * @example
 * renderSummaryLine({ side: 'sender', name: 'a.bin', size: 1048576, seconds: 0.5, sha256: 'ab…' });
 * // 'sent "a.bin": 1 MiB in 0.50 s, 2.1 MB/s, receiver: SHA-256 ok (ab…)'
 */
export function renderSummaryLine(summary: FileSummary, wording: TransferWording = {}): string {
  const text = wording.text ?? englishText();
  return text.format(`report.summary.${summary.side}`, {
    name: quoteName(summary.name),
    size: formatBytes(summary.size),
    seconds: formatSeconds(summary.seconds),
    rate: formatRate(summary.size, summary.seconds),
    hash: summary.sha256.slice(0, 8),
  });
}
