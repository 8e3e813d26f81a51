import stringWidth from 'string-width';
import { wrapText } from '../i18n/wrap-text.js';
import { seqAdd } from '../sim/sequence-number.js';
import type {
  CallEvent,
  HandshakeEvent,
  HandshakeRun,
  SegmentEvent,
  TcpSide,
} from '../sim/simulate-handshake.js';
import { hasFlag, type TcpState } from '../sim/tcp-state.js';
import type { Lang } from './lang.js';
import { type Palette, palette } from './palette.js';

/** Options for the handshake renderers. */
export interface RenderHandshakeOptions {
  readonly lang?: Lang;
  readonly paint?: Palette;
}

/** What a segment does in the connection's life, read from its flags and the receiver's state. */
export type SegmentPurpose =
  | 'syn'
  | 'syn-ack'
  | 'handshake-ack'
  | 'data'
  | 'data-ack'
  | 'fin'
  | 'fin-ack'
  | 'last-ack'
  | 'rst'
  | 'ack';

type Say = (numbers: {
  seq: number;
  ack: number;
  length: number;
  next: number;
  end: number;
}) => string;

interface HandshakeText {
  readonly sides: Record<TcpSide, string>;
  readonly calls: Record<`${TcpSide}:${CallEvent['call']}`, string>;
  readonly purposes: Record<SegmentPurpose, Say>;
  readonly phases: Record<CallEvent['phase'], string>;
  readonly legend: readonly string[];
}

const TEXT: Record<Lang, HandshakeText> = {
  en: {
    sides: { client: 'client', server: 'server' },
    calls: {
      'server:listen': 'server: listen() - passive open',
      'client:connect': 'client: connect() - active open',
      'client:send': 'client: send() - data',
      'client:close': 'client: close() - it closes first',
      'server:close': 'server: close() - its side too',
      'client:time-wait-timeout': 'client: 2 MSL timer expires',
      'server:connect': 'server: connect()',
      'server:send': 'server: send()',
      'server:time-wait-timeout': 'server: 2 MSL timer expires',
      'client:listen': 'client: listen()',
    },
    purposes: {
      syn: ({ seq, next }) => `ISN ${seq}; SYN uses one number, so the next is ${next}`,
      'syn-ack': ({ seq, ack }) => `server's ISN is ${seq}; ack=${ack} means "${ack} is next"`,
      'handshake-ack': () => 'the three-way handshake is done: both sides ESTABLISHED',
      data: ({ seq, length, end, next }) =>
        `${length} bytes numbered ${seq}..${end}; the next is ${next}`,
      'data-ack': ({ ack }) => `ack=${ack}: every byte before ${ack} has arrived`,
      fin: ({ seq }) => `no more data from this side; FIN uses number ${seq}`,
      'fin-ack': ({ ack }) => `ack=${ack} covers the FIN; the server may still send`,
      'last-ack': () => 'the server is CLOSED; the client waits 2 MSL in TIME-WAIT',
      rst: () => 'reset: the connection is refused or aborted',
      ack: ({ ack }) => `ack=${ack}`,
    },
    phases: {
      open: 'Three-way handshake',
      data: 'Data',
      close: 'Four-way close',
    },
    legend: [
      'seq: number of the first byte (or SYN/FIN) in the segment',
      'ack: the next number the sender expects from the other side',
      'len: data bytes carried; SYN and FIN carry none but use one number each',
    ],
  },
  zh: {
    sides: { client: '客户端', server: '服务器' },
    calls: {
      'server:listen': '服务器 listen()：被动打开',
      'client:connect': '客户端 connect()：主动打开',
      'client:send': '客户端 send()：发数据',
      'client:close': '客户端 close()：先关闭',
      'server:close': '服务器 close()：也关闭',
      'client:time-wait-timeout': '客户端 2 MSL 计时器到期',
      'server:connect': '服务器 connect()',
      'server:send': '服务器 send()',
      'server:time-wait-timeout': '服务器 2 MSL 计时器到期',
      'client:listen': '客户端 listen()',
    },
    purposes: {
      syn: ({ seq, next }) => `初始序号 ${seq}；SYN 占一个序号，下一个是 ${next}`,
      'syn-ack': ({ seq, ack }) => `服务器初始序号 ${seq}；ack=${ack} 即“下一个要 ${ack}”`,
      'handshake-ack': () => '三次握手完成：两端都进入 ESTABLISHED',
      data: ({ seq, length, end, next }) => `${length} 字节，序号 ${seq}..${end}；下一个是 ${next}`,
      'data-ack': ({ ack }) => `ack=${ack}：${ack} 之前的字节都已收到`,
      fin: ({ seq }) => `这一端不再发数据；FIN 占用序号 ${seq}`,
      'fin-ack': ({ ack }) => `ack=${ack} 确认了 FIN；服务器还可以继续发`,
      'last-ack': () => '服务器已关闭；客户端在 TIME-WAIT 等 2 MSL',
      rst: () => '复位：连接被拒绝或中止',
      ack: ({ ack }) => `ack=${ack}`,
    },
    phases: {
      open: '三次握手',
      data: '传数据',
      close: '四次挥手',
    },
    legend: [
      'seq：本段第一个字节（或 SYN/FIN）的序号',
      'ack：发送方期望对方下一个发来的序号',
      'len：携带的数据字节数；SYN 和 FIN 不带数据，但各占一个序号',
    ],
  },
};

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
 * Renders the connection's life as a sequence diagram for an 80-column terminal: the client on
 * the left, the server on the right, one numbered arrow per segment with its flags, seq, ack and
 * len, and each side's state after it; a heading where each phase starts, a legend at the end.
 */
export function renderHandshake(run: HandshakeRun, options: RenderHandshakeOptions = {}): string {
  const text = TEXT[options.lang ?? 'en'];
  const paint = options.paint ?? palette(false);
  const lines = [
    row('', paint.bold(text.sides.client), '', paint.bold(text.sides.server)),
    row('', 'CLOSED', '', 'CLOSED'),
  ];
  let phase: string | undefined;
  let number = 0;
  for (const event of run.events) {
    if (event.phase !== phase) {
      phase = event.phase;
      lines.push('', paint.underline(text.phases[event.phase]));
    }
    if (event.kind === 'segment') number += 1;
    lines.push(...eventLines(event, number, text, paint));
  }
  lines.push('', ...text.legend.map((line) => paint.dim(line)));
  return `${lines.join('\n')}\n`;
}
