import { decodeMac } from '../../calc/decode-mac.js';
import { parseMac } from '../../calc/parse-mac.js';
import type { Question } from '../question.js';

/**
 * "Is a frame to this MAC for one card only?", answered by `decodeMac` from the I/G bit, the
 * lowest bit of the first byte.
 * @example macUnicastQuestion('01:00:5e:00:00:fb')
 */
export function macUnicastQuestion(mac: string): Question {
  return {
    kind: 'mac-unicast',
    solve: () => {
      const report = decodeMac(parseMac(mac));
      const byte = `${report.firstOctet.toString(16).padStart(2, '0')} = ${report.firstOctetBinary}`;
      const unicast = report.cast === 'unicast';
      return {
        answer: { kind: 'yes-no', value: unicast },
        text: {
          en: {
            ask: `Is a frame sent to ${mac} meant for one network card only?`,
            because: `The first byte is ${byte}; its lowest bit (I/G) is ${report.igBit}, so the address is ${report.cast}.`,
          },
          zh: {
            ask: `发往 ${mac} 的帧只给一块网卡吗？`,
            because: `第一个字节是 ${byte}，最低位（I/G 位）是 ${report.igBit}，所以这是${unicast ? '单播' : report.cast === 'broadcast' ? '广播' : '组播'}地址。`,
          },
        },
        check: ['mac', mac],
      };
    },
  };
}
