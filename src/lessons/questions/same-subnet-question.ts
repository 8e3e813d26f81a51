import { formatAddress } from '../../calc/format-address.js';
import { parseHostSpec } from '../../calc/parse-host-spec.js';
import { sameSubnet } from '../../calc/same-subnet.js';
import type { Question } from '../question.js';

/**
 * "Are A and B in one subnet when both use this mask?", answered by ANDing each address with
 * the mask (`sameSubnet`).
 * @example sameSubnetQuestion('10.1.2.3', '10.1.9.9', '255.255.0.0')
 */
export function sameSubnetQuestion(a: string, b: string, mask: string): Question {
  return {
    kind: 'same-subnet',
    solve: () => {
      const result = sameSubnet(parseHostSpec(a, mask), parseHostSpec(b, mask));
      const netA = formatAddress(result.a.network);
      const netB = formatAddress(result.b.network);
      const same = result.sameSubnet;
      return {
        answer: { kind: 'yes-no', value: same },
        text: {
          en: {
            ask: `Are ${a} and ${b} in the same subnet when both use mask ${mask}?`,
            because: `${a} AND ${mask} = ${netA}, ${b} AND ${mask} = ${netB}: ${same ? 'the same network' : 'two different networks'}.`,
          },
          zh: {
            ask: `子网掩码都是 ${mask} 时，${a} 和 ${b} 在同一个网段吗？`,
            because: `${a} 与 ${mask} 按位与得 ${netA}，${b} 与 ${mask} 按位与得 ${netB}，${same ? '网络号相同' : '网络号不同'}。`,
          },
        },
        check: ['same-subnet', a, b, mask],
      };
    },
  };
}
