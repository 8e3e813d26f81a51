import stringWidth from 'string-width';
import type { Lang } from '../core/lang.js';
import { seqAdd } from '../sim/sequence-number.js';
import type { HandshakeEvent, HandshakeRun, SegmentEvent } from '../sim/simulate-handshake.js';
import { hasFlag, type TcpState } from '../sim/tcp-state.js';
import { wrapText } from '../text/wrap-text.js';
import { HANDSHAKE_TEXT, type HandshakeText, type SegmentPurpose } from './_handshake-words.js';
import { type Palette, palette } from './palette.js';

/** Options for the handshake renderers. */
export interface RenderHandshakeOptions {
  readonly lang?: Lang;
  readonly paint?: Palette;
}

const STATE_WIDTH = 12;
const MIDDLE_WIDTH = 48;
const NOTE_INDENT = ' '.repeat(19);

/** What a segment does, from its flags and the state of the side it reached. */
export function segmentPurpose(event: SegmentEvent): SegmentPurpose {
  const { segment } = event;
  if (hasFlag(segment, 'RST')) return 'rst';
  if (hasFlag(segment, 'SYN')) return hasFlag(segment, 'ACK') ? 'syn-ack' : 'syn';
  if (hasFlag(segment, 'FIN')) return 'fin';
  if (segment.length > 0) return 'data';
  const before: TcpState = event.receiverBefore.state;
  if (before === 'SYN-RECEIVED') return 'handshake-ack';
  if (before === 'FIN-WAIT-1' || before === 'CLOSING') return 'fin-ack';
  if (before === 'LAST-ACK') return 'last-ack';
  return before === 'ESTABLISHED' ? 'data-ack' : 'ack';
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function centre(text: string, width: number): string {
  const left = Math.max(0, Math.floor((width - stringWidth(text)) / 2));
  return pad(`${' '.repeat(left)}${text}`, width);
}

function segmentLabel(event: SegmentEvent): string {
  const { segment } = event;
  const parts = [segment.flags.join(','), `seq=${segment.seq}`];
  if (hasFlag(segment, 'ACK')) parts.push(`ack=${segment.ack}`);
  if (segment.length > 0) parts.push(`len=${segment.length}`);
  return parts.join(' ');
}

function arrow(event: SegmentEvent): string {
  const label = ` ${segmentLabel(event)} `;
  if (event.from === 'client') return `--${label}`.padEnd(MIDDLE_WIDTH - 1, '-').concat('>');
  return `<--${label}`.padEnd(MIDDLE_WIDTH, '-');
}

function row(number: string, left: string, middle: string, right: string): string {
  return `${number.padStart(2)} ${pad(left, STATE_WIDTH)} ${pad(middle, MIDDLE_WIDTH)} ${right}`.trimEnd();
}

function note(event: SegmentEvent, text: HandshakeText): string {
  const { seq, ack, length } = event.segment;
  const next = seqAdd(seq, Math.max(1, length));
  return text.purposes[segmentPurpose(event)]({
    seq,
    ack,
    length,
    next,
    end: seqAdd(seq, length - 1),
  });
}

/** The diagram rows for one event: a segment with its numbered arrow and a note, or a call. */
function eventLines(
  event: HandshakeEvent,
  number: number,
  text: HandshakeText,
  paint: Palette,
): string[] {
  const { client, server } = event.tcbs;
  if (event.kind === 'call') {
    const call = paint.dim(`[${text.calls[`${event.side}:${event.call}`]}]`);
    return [row('', client.state, centre(call, MIDDLE_WIDTH), server.state)];
  }
  const colour = event.from === 'client' ? paint.cyan : paint.yellow;
  return [
    row(String(number), paint.bold(client.state), colour(arrow(event)), paint.bold(server.state)),
    ...wrapText(note(event, text), 80 - NOTE_INDENT.length).map((line) =>
      paint.dim(`${NOTE_INDENT}${line}`),
    ),
  ];
}

/**
 * The sequence diagram as frames: the two sides, then one frame per segment (with the calls and
 * the phase heading before it), the legend with the last. Joined, they are renderHandshake's text;
 * on a terminal they are shown one at a time.
 */
export function handshakeFrames(run: HandshakeRun, options: RenderHandshakeOptions = {}): string[] {
  const text = HANDSHAKE_TEXT[options.lang ?? 'en'];
  const paint = options.paint ?? palette(false);
  const frames: string[][] = [
    [
      row('', paint.bold(text.sides.client), '', paint.bold(text.sides.server)),
      row('', 'CLOSED', '', 'CLOSED'),
    ],
  ];
  let lines: string[] = [];
  let phase: string | undefined;
  let number = 0;
  for (const event of run.events) {
    if (event.phase !== phase) {
      phase = event.phase;
      lines.push('', paint.underline(text.phases[event.phase]));
    }
    if (event.kind === 'segment') number += 1;
    lines.push(...eventLines(event, number, text, paint));
    if (event.kind === 'segment') {
      frames.push(lines);
      lines = [];
    }
  }
  const last = lines.length > 0 ? lines : (frames.pop() ?? []);
  frames.push([...last, '', ...text.legend.map((line) => paint.dim(line))]);
  return frames.map((frame) => `${frame.join('\n')}\n`);
}

/**
 * Renders the connection's life as a sequence diagram for an 80-column terminal: the client on
 * the left, the server on the right, one numbered arrow per segment with its flags, seq, ack and
 * len, and each side's state after it; a heading where each phase starts, a legend at the end.
 */
export function renderHandshake(run: HandshakeRun, options: RenderHandshakeOptions = {}): string {
  return handshakeFrames(run, options).join('');
}
