import { encapsulate } from '../../sim/encapsulate.js';
import type { Question } from '../question.js';

/**
 * "How many bytes is the Ethernet frame that carries this payload?", answered by building the
 * real TCP segment, IPv4 packet and Ethernet frame around it, as `netlab layers` does.
 * @example frameSizeQuestion('GET / HTTP/1.1')
 */
export function frameSizeQuestion(payload: string): Question {
  return {
    kind: 'frame-size',
    solve: () => {
      const bytes = new TextEncoder().encode(payload);
      const built = encapsulate(bytes);
      const tcp = built.segment.length - bytes.length;
      const ip = built.packet.length - built.segment.length;
      const ethernet = built.frame.length - built.packet.length;
      const sum = `${bytes.length} + ${tcp} + ${ip} + ${ethernet} = ${built.frame.length}`;
      return {
        answer: { kind: 'number', value: BigInt(built.frame.length) },
        text: {
          en: {
            ask: `An HTTP client sends the ${bytes.length} bytes "${payload}" over TCP, IPv4 and Ethernet. How many bytes long is the Ethernet frame, not counting the checksum the card adds at the end?`,
            because: `Payload, TCP header, IPv4 header, Ethernet header: ${sum}.`,
          },
          zh: {
            ask: `HTTP 客户端经 TCP、IPv4 和以太网发送 ${bytes.length} 字节的 "${payload}"。不算网卡附在帧尾的校验码，这个以太网帧有多少字节？`,
            because: `数据、TCP 首部、IPv4 首部、以太网首部依次相加：${sum}。`,
          },
        },
        check: ['layers', '--payload', payload],
      };
    },
  };
}
