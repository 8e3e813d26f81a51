import { InternalError } from '../../core/errors.js';
import { simulateHandshake } from '../../sim/simulate-handshake.js';
import type { Question } from '../question.js';

/**
 * "Which acknowledgement number does the server's SYN-ACK carry?", answered by running the
 * RFC 9293 handshake simulation with these initial sequence numbers.
 * @example synAckQuestion(1000, 5000)
 */
export function synAckQuestion(isnClient: number, isnServer: number): Question {
  return {
    kind: 'syn-ack',
    solve: () => {
      const run = simulateHandshake({ isnClient, isnServer });
      const synAck = run.events.find(
        (event) =>
          event.kind === 'segment' &&
          event.from === 'server' &&
          event.segment.flags.includes('SYN') &&
          event.segment.flags.includes('ACK'),
      );
      if (synAck?.kind !== 'segment') {
        throw new InternalError('no-syn-ack');
      }
      const { ack } = synAck.segment;
      return {
        answer: { kind: 'number', value: BigInt(ack) },
        text: {
          en: {
            ask: `A client opens a TCP connection with initial sequence number ${isnClient}; the server’s is ${isnServer}. Which acknowledgement number does the server’s SYN-ACK carry?`,
            because: `The client’s SYN uses sequence number ${isnClient}, and a SYN takes up one sequence number, like one byte of data, so the server acknowledges ${ack}: the next number it expects.`,
          },
          zh: {
            ask: `客户端以初始序号 ${isnClient} 发起 TCP 连接，服务器的初始序号是 ${isnServer}。服务器回的 SYN-ACK 里，确认号是多少？`,
            because: `客户端的 SYN 用掉了序号 ${isnClient}，SYN 本身要占用一个序号，就像一个字节的数据那样，所以服务器确认 ${ack}，也就是它期待的下一个序号。`,
          },
        },
        check: ['handshake', '--isn-client', String(isnClient), '--isn-server', String(isnServer)],
      };
    },
  };
}
