import { parseHostSpec } from '../../calc/parse-host-spec.js';
import { subnetFacts } from '../../calc/subnet-facts.js';
import type { Question } from '../question.js';

/**
 * "How many hosts fit in this subnet?", answered by `subnetFacts`: all addresses but the
 * network and broadcast addresses.
 * @example hostCountQuestion('192.168.1.0/24')
 */
export function hostCountQuestion(network: string): Question {
  return {
    kind: 'host-count',
    solve: () => {
      const facts = subnetFacts(parseHostSpec(network));
      const { hostBits, addresses, usableHosts } = facts.mask;
      return {
        answer: { kind: 'number', value: usableHosts },
        text: {
          en: {
            ask: `How many hosts can have an address in the subnet ${network}?`,
            because: `${hostBits} host bits give 2^${hostBits} = ${addresses} addresses; the first (the network) and the last (broadcast) are not for hosts, which leaves ${usableHosts}.`,
          },
          zh: {
            ask: `网段 ${network} 里最多能给多少台主机分配地址？`,
            because: `主机位有 ${hostBits} 位，共 2^${hostBits} = ${addresses} 个地址；第一个是网络地址，最后一个是广播地址，都不能分给主机，剩下 ${usableHosts} 个。`,
          },
        },
        check: ['subnet', network],
      };
    },
  };
}
