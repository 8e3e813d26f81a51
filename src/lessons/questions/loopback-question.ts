import { classify } from '../../calc/classify.js';
import { parseAddress } from '../../calc/parse-address.js';
import type { Question } from '../question.js';

const LOOPBACK_BLOCKS: ReadonlySet<string> = new Set(['127.0.0.0/8', '::1/128']);

/**
 * "A server listens on this address only: can another machine connect?", answered by `classify`:
 * not when the address is a loopback address, which never leaves the machine.
 * @example loopbackQuestion('127.0.0.1')
 */
export function loopbackQuestion(address: string): Question {
  return {
    kind: 'reachable-from-outside',
    solve: () => {
      const result = classify(parseAddress(address));
      const loopback = result.blocks.find((block) => LOOPBACK_BLOCKS.has(block.cidr));
      const block = loopback?.cidr ?? '';
      return {
        answer: { kind: 'yes-no', value: loopback === undefined },
        text: {
          en: {
            ask: `A server binds ${address}. Can a program on another machine connect to it?`,
            because:
              loopback === undefined
                ? `${address} is not a loopback address, so others can reach it if the network lets them.`
                : `${address} is in ${block}, the loopback block: packets to it never leave this machine.`,
          },
          zh: {
            ask: `一个服务器绑定在 ${address} 上。别的机器上的程序能连上它吗？`,
            because:
              loopback === undefined
                ? `${address} 不是回环地址，只要网络通，别的机器就能连过来。`
                : `${address} 属于回环地址段 ${block}，发往它的数据包根本不会离开本机。`,
          },
        },
        check: ['classify', address],
      };
    },
  };
}
