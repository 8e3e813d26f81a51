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
      const parsed = parseAddress(address);
      const result = classify(parsed);
      /** 0.0.0.0 or ::, which bind reads as "every address of this machine". */
      const everyAddress = parsed.value === 0n;
      const loopback = result.blocks.find((block) => LOOPBACK_BLOCKS.has(block.cidr));
      const block = loopback?.cidr ?? '';
      return {
        answer: { kind: 'yes-no', value: loopback === undefined },
        text: {
          en: {
            ask: `A server binds ${address}. Can a program on another machine connect to it?`,
            because:
              loopback !== undefined
                ? `${address} is in ${block}, the loopback block: packets to it never leave this machine.`
                : everyAddress
                  ? `Given to bind, ${address} means every address of this machine, its network cards’ as well as loopback, so anyone who can reach the machine can connect.`
                  : `${address} is not a loopback address, so others can reach it if the network lets them.`,
          },
          zh: {
            ask: `一个服务器绑定在 ${address} 上。别的机器上的程序能连上它吗？`,
            because:
              loopback !== undefined
                ? `${address} 属于回环地址段 ${block}，发往它的数据包根本不会离开本机。`
                : everyAddress
                  ? `绑定时 ${address} 表示本机的所有地址，既包括回环地址，也包括各块网卡的地址，所以能访问到这台机器的人都能连上。`
                  : `${address} 不是回环地址，只要网络通，别的机器就能连过来。`,
          },
        },
        check: ['classify', address],
      };
    },
  };
}
