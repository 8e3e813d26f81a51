import { formatBinary } from '../../calc/format-binary.js';
import { parseMask } from '../../calc/parse-mask.js';
import type { Question } from '../question.js';

/**
 * "How many network bits does this mask have?", answered by `parseMask` (the prefix length).
 * @example maskPrefixQuestion('255.255.240.0')
 */
export function maskPrefixQuestion(mask: string): Question {
  return {
    kind: 'mask-prefix',
    solve: () => {
      const parsed = parseMask(mask);
      const binary = formatBinary(parsed.value, parsed.version).join('');
      return {
        answer: { kind: 'number', value: BigInt(parsed.prefix) },
        text: {
          en: {
            ask: `How many network bits (ones) does the mask ${mask} have?`,
            because: `In binary it is ${binary}: ${parsed.prefix} ones, so it is also written /${parsed.prefix}.`,
          },
          zh: {
            ask: `子网掩码 ${mask} 有多少个网络位（也就是多少个 1）？`,
            because: `写成二进制是 ${binary}，共 ${parsed.prefix} 个 1，所以也写作 /${parsed.prefix}。`,
          },
        },
        check: ['mask', mask],
      };
    },
  };
}
