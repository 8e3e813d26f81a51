import { formatAddress } from '../../calc/format-address.js';
import { parseHostSpec } from '../../calc/parse-host-spec.js';
import { subnetFacts } from '../../calc/subnet-facts.js';
import type { Question } from '../question.js';

/**
 * "What is the network address of this host?", answered by `subnetFacts` (address AND mask).
 * @example networkQuestion('192.168.1.77/26')
 */
export function networkQuestion(host: string): Question {
  return {
    kind: 'network',
    solve: () => {
      const facts = subnetFacts(parseHostSpec(host));
      const network = formatAddress(facts.network);
      const mask = formatAddress({ version: facts.address.version, value: facts.mask.mask });
      const address = formatAddress(facts.address);
      return {
        answer: { kind: 'address', value: facts.network, prefix: facts.mask.prefix },
        text: {
          en: {
            ask: `What is the network address of the subnet ${host} is in?`,
            because: `/${facts.mask.prefix} is the mask ${mask}, and ${address} AND ${mask} = ${network}.`,
          },
          zh: {
            ask: `${host} 所在网段的网络地址是多少？`,
            because: `/${facts.mask.prefix} 就是掩码 ${mask}，${address} 与 ${mask} 按位与得 ${network}。`,
          },
        },
        check: ['subnet', host],
      };
    },
  };
}
