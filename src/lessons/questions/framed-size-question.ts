import type { Lang } from '../../core/lang.js';
import { encodeFrame } from '../../net/length-prefix-encoder.js';
import type { Question } from '../question.js';

/** Sizes as a list read aloud: "21 and 10" in English, "21 和 10" in Chinese. */
function listSizes(sizes: readonly number[]): Record<Lang, string> {
  const head = sizes.slice(0, -1);
  const last = String(sizes.at(-1) ?? '');
  if (head.length === 0) return { en: last, zh: last };
  return { en: `${head.join(', ')} and ${last}`, zh: `${head.join('、')} 和 ${last}` };
}

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
      const list = listSizes(sizes);
      const sum = frames.join(' + ');
      return {
        answer: { kind: 'number', value: BigInt(total) },
        text: {
          en: {
            ask: `A sender sends messages of ${list.en} bytes, each behind a 4-byte length prefix. How many bytes does it write into the TCP stream in all?`,
            because: `Each frame is 4 bytes of length plus the message: ${sum} = ${total}.`,
          },
          zh: {
            ask: `发送方依次发出长度为 ${list.zh} 字节的消息，每条前面都加上 4 字节的长度前缀。它一共往 TCP 字节流里写了多少字节？`,
            because: `每一帧是 4 字节长度加上消息本身：${sum} = ${total}。`,
          },
        },
      };
    },
  };
}
