import type { Lang } from '../core/lang.js';
import type { Reception } from '../sim/host-receive.js';
import type { LanHost } from '../sim/lan.js';
import type { SwitchLearning, SwitchReason } from '../sim/switch-frame.js';

/** A sentence with the values it names filled in. */
export type Say = (...parts: string[]) => string;

/** Everything the renderer says, in one language. */
export interface ArpText {
  readonly step: (index: number, total: number) => string;
  readonly send: (index: number, from: string, to: string) => string;
  readonly andIntro: Say;
  readonly sameNetwork: Say;
  readonly linkLocal: Say;
  readonly otherNetwork: Say;
  readonly lookupHit: Say;
  readonly lookupMiss: Say;
  readonly request: Say;
  readonly reply: Say;
  readonly data: Say;
  readonly noReply: Say;
  readonly frame: Say;
  readonly arpSender: Say;
  readonly arpTarget: Say;
  readonly learning: Record<SwitchLearning, Say>;
  readonly flood: Record<Exclude<SwitchReason, 'known' | 'same-port'>, Say>;
  readonly forward: Say;
  readonly filter: Say;
  readonly reception: Record<Reception, string>;
  readonly sending: string;
  readonly switchName: string;
  readonly roles: Record<LanHost['role'], string>;
  readonly head: readonly [string, string, string, string];
  readonly destination: string;
  readonly lanTitle: Say;
}

/** The ARP simulation's narration and labels, in every language (a missing string is a type error). */
export const ARP_TEXT: Readonly<Record<Lang, ArpText>> = {
  en: {
    step: (index, total) => `Step ${index}/${total}`,
    send: (index, from, to) => `Send ${index}: ${from} -> ${to}`,
    andIntro: (host, mask) => `${host} ANDs both addresses with its mask ${mask}:`,
    sameNetwork: (host) =>
      `Same network: ${host} delivers directly, so the next hop is the destination.`,
    linkLocal: (host) =>
      `Different networks, but 169.254.0.0/16 is link-local: ${host} delivers directly on the link, and no router forwards it (RFC 3927).`,
    otherNetwork: (host, gateway) =>
      `Different networks: ${host} hands the packet to its gateway ${gateway}.`,
    lookupHit: (host, ip, mac) => `${host} finds ${ip} in its ARP cache: ${mac}. No ARP needed.`,
    lookupMiss: (host, ip) => `${host} has no MAC for ${ip} in its ARP cache, so it asks with ARP.`,
    request: (host, ip, senderIp) =>
      `${host} broadcasts an ARP request: "Who has ${ip}? Tell ${senderIp}."`,
    reply: (host, ip, mac, asker) =>
      `${host} answers ${asker} alone (unicast): "${ip} is at ${mac}."`,
    data: (host, ip, mac) => `${host} sends the IP packet for ${ip} in a frame to ${mac}.`,
    noReply: (host, ip) =>
      `Nobody has ${ip}: no reply comes. ${host} gives up and reports "destination host unreachable".`,
    frame: (source, destination, type) => `frame ${source} -> ${destination}, type ${type}`,
    arpSender: (mac, ip) => `ARP sender ${mac} ${ip}`,
    arpTarget: (mac, ip) =>
      mac === '00:00:00:00:00:00'
        ? `ARP target ${mac} ${ip} (zeros: the MAC it asks for)`
        : `ARP target ${mac} ${ip}`,
    learning: {
      new: (mac, port) => `The switch learns that ${mac} is on port ${port}.`,
      known: (mac, port) => `The switch already knows ${mac} is on port ${port}.`,
      moved: (mac, port) => `The switch moves ${mac} to port ${port}.`,
    },
    flood: {
      broadcast: (ports) => `Broadcast destination: it floods ports ${ports}.`,
      multicast: (ports) => `Multicast destination: it floods ports ${ports}.`,
      unknown: (ports) => `Unknown destination: it floods ports ${ports}.`,
    },
    forward: (mac, port) => `It knows ${mac} is on port ${port}: out of that port only.`,
    filter: (mac, port) => `${mac} is on port ${port}, where the frame came from: it drops it.`,
    reception: {
      'not-my-mac': 'drops: not my MAC',
      'not-my-ip': 'ignores (not me)',
      'refreshes-sender': 'refreshes sender',
      answers: 'replies (it’s me)',
      'caches-reply': 'caches the answer',
      delivered: 'delivered',
      'routes-on': 'routes it onward',
      'drops-packet': 'drops (not me)',
    },
    sending: 'sends',
    switchName: 'switch',
    roles: { host: 'host', gateway: 'router' },
    head: ['port', 'plugged in', 'its ARP cache', 'switch table'],
    destination: 'destination',
    lanTitle: (network) => `LAN ${network}: one switch, router R is every host's gateway`,
  },
  zh: {
    step: (index, total) => `第 ${index}/${total} 步`,
    send: (index, from, to) => `第 ${index} 次发送：${from} -> ${to}`,
    andIntro: (host, mask) => `${host} 把两个地址分别和自己的掩码 ${mask} 做与运算：`,
    sameNetwork: (host) => `网络号相同：${host} 直接投递，下一跳就是目的地址本身。`,
    linkLocal: (host) =>
      `网络号不同，但 169.254.0.0/16 是链路本地地址：${host} 在本链路上直接投递，路由器不会转发它（RFC 3927）。`,
    otherNetwork: (host, gateway) => `网络号不同：${host} 把数据包交给自己的网关 ${gateway}。`,
    lookupHit: (host, ip, mac) => `${host} 在 ARP 缓存里找到了 ${ip}：${mac}，不用再发 ARP。`,
    lookupMiss: (host, ip) => `${host} 的 ARP 缓存里没有 ${ip} 的 MAC，只好用 ARP 去问。`,
    request: (host, ip, senderIp) => `${host} 广播 ARP 请求：“谁是 ${ip}？请告诉 ${senderIp}。”`,
    reply: (host, ip, mac, asker) => `${host} 只回给 ${asker}（单播）：“${ip} 在 ${mac}。”`,
    data: (host, ip, mac) => `${host} 把发往 ${ip} 的 IP 包装进帧里，发给 ${mac}。`,
    noReply: (host, ip) => `没有人是 ${ip}，等不到回答。${host} 放弃发送，报告“目标主机不可达”。`,
    frame: (source, destination, type) => `帧 ${source} -> ${destination}，类型 ${type}`,
    arpSender: (mac, ip) => `ARP 发送方 ${mac} ${ip}`,
    arpTarget: (mac, ip) =>
      mac === '00:00:00:00:00:00'
        ? `ARP 目标方 ${mac} ${ip}（全零：正是要问的 MAC）`
        : `ARP 目标方 ${mac} ${ip}`,
    learning: {
      new: (mac, port) => `交换机记下：${mac} 在 ${port} 号口。`,
      known: (mac, port) => `交换机早已知道 ${mac} 在 ${port} 号口。`,
      moved: (mac, port) => `交换机把 ${mac} 改记到 ${port} 号口。`,
    },
    flood: {
      broadcast: (ports) => `目的地址是广播：从 ${ports} 号口全部转发出去。`,
      multicast: (ports) => `目的地址是组播：从 ${ports} 号口全部转发出去。`,
      unknown: (ports) => `目的地址还没学到：从 ${ports} 号口全部转发出去。`,
    },
    forward: (mac, port) => `它知道 ${mac} 在 ${port} 号口：只从这个口转发。`,
    filter: (mac, port) => `${mac} 就在帧进来的 ${port} 号口：丢弃，不转发。`,
    reception: {
      'not-my-mac': 'MAC 不符：丢弃',
      'not-my-ip': '不是问我：不理',
      'refreshes-sender': '不是问我：更新条目',
      answers: '问的是我：回答',
      'caches-reply': '记下回答',
      delivered: '收下',
      'routes-on': '转发出局域网',
      'drops-packet': '不是给我：丢弃',
    },
    sending: '发送方',
    switchName: '交换机',
    roles: { host: '主机', gateway: '路由器' },
    head: ['端口', '接的机器', '它的 ARP 缓存', '交换机表'],
    destination: '目的地址',
    lanTitle: (network) => `局域网 ${network}：一台交换机，路由器 R 是每台主机的网关`,
  },
};
