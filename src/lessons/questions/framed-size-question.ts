import { encodeFrame } from '../../net/length-prefix-encoder.js';
import type { Question } from '../question.js';

/**
 * "How many bytes go into the stream for these messages, each with a 4-byte length prefix?",
 * answered by framing messages of those sizes with netlab's own encoder.
 * @example framedSizeQuestion([21, 10])
 */
export function framedSizeQuestion(sizes: readonly number[]): Question {
  return {
    kind: 'framed-size',
    solve: () => {
      const frames = sizes.map((size) => encodeFrame(new Uint8Array(size)).length);
      const total = frames.reduce((sum, length) => sum + length, 0);
      const list = sizes.join(', ');
      const sum = frames.join(' + ');
      return {
        answer: { kind: 'number', value: BigInt(total) },
        text: {
          en: {
            ask: `A sender frames messages of ${list} bytes, each behind a 4-byte length prefix. How many bytes does it write into the TCP stream in all?`,
            because: `Each frame is 4 bytes of length plus the message: ${sum} = ${total}.`,
          },
          zh: {
            ask: `发送方把 ${list} 字节的几条消息逐条加上 4 字节的长度头再发出。它一共往 TCP 字节流里写了多少字节？`,
            because: `每一帧是 4 字节长度加上消息本身：${sum} = ${total}。`,
          },
        },
      };
    },
  };
}
