import { InternalError } from '../../core/errors.js';
import { simulateHandshake } from '../../sim/simulate-handshake.js';
import type { Question } from '../question.js';

/**
 * "Which number acknowledges the client's data?", answered by running the handshake simulation
 * with the client sending `data` once connected.
 * @example dataAckQuestion(1000, 'hello')
 */
export function dataAckQuestion(isnClient: number, data: string): Question {
  return {
    kind: 'data-ack',
    solve: () => {
      const length = Buffer.byteLength(data, 'utf8');
      const run = simulateHandshake({ isnClient, isnServer: 5000, dataLength: length });
      const sent = run.events.findIndex(
        (event) => event.kind === 'segment' && event.from === 'client' && event.segment.length > 0,
      );
      const reply = run.events
        .slice(sent + 1)
        .find((event) => event.kind === 'segment' && event.from === 'server');
      if (sent < 0 || reply?.kind !== 'segment') {
        throw new InternalError('no-data-ack');
      }
      const { ack } = reply.segment;
      const first = isnClient + 1;
      return {
        answer: { kind: 'number', value: BigInt(ack) },
        text: {
          en: {
            ask: `A client with initial sequence number ${isnClient} connects, then sends "${data}" (${length} bytes). Which acknowledgement number does the server send back?`,
            because: `The SYN used ${isnClient}, so the data starts at ${first}; ${length} bytes fill ${first} to ${ack - 1}, and the server acknowledges the next one, ${ack}.`,
          },
          zh: {
            ask: `客户端的初始序号是 ${isnClient}，连接建立后发送 "${data}"（${length} 个字节）。服务器回复的确认号是多少？`,
            because: `SYN 用掉了 ${isnClient}，数据从 ${first} 开始；${length} 个字节占用 ${first} 到 ${ack - 1}，服务器确认下一个序号 ${ack}。`,
          },
        },
        check: ['handshake', '--isn-client', String(isnClient), '--data', data],
      };
    },
  };
}
