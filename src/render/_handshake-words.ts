import type { Lang } from '../core/lang.js';
import type { CallEvent, TcpSide } from '../sim/simulate-handshake.js';

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

/** A note on one segment, from its numbers. */
export type Say = (numbers: {
  seq: number;
  ack: number;
  length: number;
  next: number;
  end: number;
}) => string;

/** Everything the renderer says, in one language. */
export interface HandshakeText {
  readonly sides: Record<TcpSide, string>;
  readonly calls: Record<`${TcpSide}:${CallEvent['call']}`, string>;
  readonly purposes: Record<SegmentPurpose, Say>;
  readonly phases: Record<CallEvent['phase'], string>;
  readonly legend: readonly string[];
}

/** The handshake diagram's labels and notes, in every language (a missing string is a type error). */
export const HANDSHAKE_TEXT: Readonly<Record<Lang, HandshakeText>> = {
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
