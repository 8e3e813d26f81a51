import { decodeMac } from '../../calc/decode-mac.js';
import { parseMac } from '../../calc/parse-mac.js';
import type { Question } from '../question.js';

/**
 * "Was this MAC burned in by the maker?", answered by `decodeMac` from the U/L bit, the second
 * lowest bit of the first byte.
 * @example macUniversalQuestion('02:42:ac:11:00:02')
 */
export function macUniversalQuestion(mac: string): Question {
  return {
    kind: 'mac-universal',
    solve: () => {
      const report = decodeMac(parseMac(mac));
      const byte = `${report.firstOctet.toString(16).padStart(2, '0')} = ${report.firstOctetBinary}`;
      const universal = report.administration === 'universal';
      return {
        answer: { kind: 'yes-no', value: universal },
        text: {
          en: {
            ask: `Was ${mac} given out by a card maker under its IEEE number (OUI)?`,
            because: `The first byte is ${byte}; its second-lowest bit (U/L) is ${report.ulBit}, so the address is ${universal ? 'universal: from the maker' : 'local: set by software, such as a virtual machine or a container'}.`,
          },
          zh: {
            ask: `${mac} 是网卡厂商用自己的 IEEE 编号（OUI）分配的吗？`,
            because: `第一个字节是 ${byte}，倒数第二位（U/L 位）是 ${report.ulBit}，所以它是${universal ? '全球唯一的厂商地址' : '本地管理的地址，由软件设置，比如虚拟机或容器'}。`,
          },
        },
        check: ['mac', mac],
      };
    },
  };
}
