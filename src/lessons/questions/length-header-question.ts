import { frameHeader } from '../../net/length-prefix-encoder.js';
import type { Question } from '../question.js';

/**
 * "What are the 4 header bytes for a chunk of this size?", answered by netlab's encoder: an
 * unsigned 32-bit length, most significant byte first (network byte order).
 * @example lengthHeaderQuestion(2048)
 */
export function lengthHeaderQuestion(size: number): Question {
  return {
    kind: 'length-header',
    solve: () => {
      const header = frameHeader(size);
      const hex = `0x${size.toString(16).padStart(8, '0')}`;
      const bytes = [...header].map((byte) => byte.toString(16).padStart(2, '0'));
      const reversed = [...bytes].reverse().join(' ');
      return {
        answer: { kind: 'bytes', value: Uint8Array.from(header) },
        text: {
          en: {
            ask: `netlab writes a chunk's length as 4 bytes, most significant byte first. Which 4 bytes announce a ${size}-byte chunk?`,
            because: `${size} is ${hex}, so the bytes are ${bytes.join(' ')}, big end first. Python's struct.pack('i', ${size}) on a PC writes ${reversed} instead, little end first.`,
          },
          zh: {
            ask: `netlab 用 4 个字节表示一块数据的长度，高位字节在前。长度为 ${size} 字节的数据块，长度前缀是哪 4 个字节？`,
            because: `${size} 的十六进制是 ${hex}，按大端序（高位在前）依次是 ${bytes.join(' ')}。而 Python 在 PC 上执行 struct.pack('i', ${size}) 写出的是小端序的 ${reversed}，顺序正好相反。`,
          },
        },
      };
    },
  };
}
