import { formatAddress } from '../../calc/format-address.js';
import { parseHostSpec } from '../../calc/parse-host-spec.js';
import { sameSubnet } from '../../calc/same-subnet.js';
import type { Question } from '../question.js';

/** A host's settings and where it sends, for an ARP question. */
export interface ArpTargetSetup {
  readonly from: string;
  readonly mask: string;
  readonly gateway: string;
  readonly to: string;
}

/**
 * "Whose MAC does host A ask for with ARP?": the destination's own when it is in A's subnet
 * (A's address and the destination ANDed with A's mask agree), otherwise the gateway's.
 */
export function arpTargetQuestion(setup: ArpTargetSetup): Question {
  const { from, mask, gateway, to } = setup;
  return {
    kind: 'arp-target',
    solve: () => {
      const host = parseHostSpec(from, mask);
      const result = sameSubnet(host, parseHostSpec(to, mask));
      const local = result.aSeesB;
      const target = local ? result.b.address : parseHostSpec(gateway, mask).address;
      const own = formatAddress(result.a.network);
      const theirs = formatAddress(result.a.peerNetwork);
      return {
        answer: { kind: 'address', value: target },
        text: {
          en: {
            ask: `Host A is ${from} with mask ${mask} and gateway ${gateway}. It sends a packet to ${to}. Which IP address does A put in its ARP request?`,
            because: local
              ? `${to} AND ${mask} = ${theirs}, A's own network: the destination is in A's subnet, so A asks for its MAC directly.`
              : `${to} AND ${mask} = ${theirs}, not A's network ${own}: the packet must go through the gateway, so A asks for the gateway's MAC.`,
          },
          zh: {
            ask: `主机 A 的地址是 ${from}，子网掩码 ${mask}，网关 ${gateway}。A 要给 ${to} 发一个数据包，它的 ARP 请求里问的是哪个 IP 地址？`,
            because: local
              ? `${to} 与 ${mask} 按位与得 ${theirs}，正是 A 所在的网络，目的主机就在本网段，A 直接问它的 MAC 地址。`
              : `${to} 与 ${mask} 按位与得 ${theirs}，不是 A 的网络 ${own}，数据包要经网关转发，所以 A 问的是网关的 MAC 地址。`,
          },
        },
        check: ['same-subnet', from, to, mask],
      };
    },
  };
}
