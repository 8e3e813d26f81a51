import { classify } from '../../calc/classify.js';
import { parseAddress } from '../../calc/parse-address.js';
import type { Question } from '../question.js';

/**
 * "Is this a private address?", answered by `classify`: private means inside one of the three
 * RFC 1918 blocks.
 * @example privateQuestion('172.32.0.1')
 */
export function privateQuestion(address: string): Question {
  return {
    kind: 'private',
    solve: () => {
      const result = classify(parseAddress(address));
      const block = result.blocks[0];
      const where = block === undefined ? null : `${block.cidr} (${block.name})`;
      return {
        answer: { kind: 'yes-no', value: result.private },
        text: {
          en: {
            ask: `Is ${address} a private address?`,
            because: result.private
              ? `It lies in ${where ?? 'a private block'}, one of the blocks set aside for private networks.`
              : `It is in none of 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16${where === null ? '' : `; its block is ${where}`}.`,
          },
          zh: {
            ask: `${address} 是私有（内网）地址吗？`,
            because: result.private
              ? `它在 ${where ?? '私有地址段'} 里，这是专门留给内网使用的地址段。`
              : `它不在 10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 这三段里${where === null ? '' : `，它所在的是 ${where}`}。`,
          },
        },
        check: ['classify', address],
      };
    },
  };
}
