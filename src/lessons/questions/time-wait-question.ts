import { InternalError } from '../../core/errors.js';
import { simulateHandshake, type TcpSide } from '../../sim/simulate-handshake.js';
import type { Choice } from '../answer.js';
import type { Question } from '../question.js';

const SIDES: readonly Choice[] = [
  { id: 'client', label: { en: 'the client', zh: '客户端' } },
  { id: 'server', label: { en: 'the server', zh: '服务器' } },
];

const SIDE_NAMES: Readonly<Record<TcpSide, { readonly en: string; readonly zh: string }>> = {
  client: { en: 'client', zh: '客户端' },
  server: { en: 'server', zh: '服务器' },
};

/**
 * "Which side waits in TIME-WAIT?", answered by running the handshake simulation, in which the
 * client closes first, and finding the side whose state passes through TIME-WAIT.
 */
export function timeWaitQuestion(): Question {
  return {
    kind: 'time-wait',
    solve: () => {
      const run = simulateHandshake({ isnClient: 1000, isnServer: 5000 });
      const sides: readonly TcpSide[] = ['client', 'server'];
      const waiting = sides.find((side) =>
        run.events.some((event) => event.tcbs[side].state === 'TIME-WAIT'),
      );
      if (waiting === undefined) {
        throw new InternalError('no-time-wait');
      }
      const name = SIDE_NAMES[waiting];
      return {
        answer: { kind: 'choice', value: waiting, choices: SIDES },
        text: {
          en: {
            ask: 'The client closes a TCP connection first, then the server. Which side spends a while in TIME-WAIT?',
            because: `The side that closes first, here the ${name.en}, waits twice the maximum segment lifetime after the last ACK, so that stray segments of this connection die out before its ports can be used again.`,
          },
          zh: {
            ask: '客户端先关闭 TCP 连接，服务器随后关闭。哪一方要在 TIME-WAIT 状态停留一段时间？',
            because: `先关闭的一方，这里是${name.zh}，在发出最后一个 ACK 后要等两倍的最长报文段寿命，让这条连接残留在网络里的报文段全部消失，之后这对端口才能再次使用。`,
          },
        },
        check: ['handshake'],
      };
    },
  };
}
