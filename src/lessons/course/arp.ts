import type { Lesson } from '../lesson.js';
import { arpTargetQuestion } from '../questions/arp-target-question.js';
import { sameSubnetQuestion } from '../questions/same-subnet-question.js';

type StepId = 'problem' | 'neighbour' | 'ask-and-answer' | 'other-network' | 'recap';

const HOST_A = { from: '192.168.1.10', mask: '255.255.255.0', gateway: '192.168.1.1' };

/** Lesson 4: how two machines on one LAN find each other with ARP, and when the gateway is asked. */
export const arpLesson: Lesson<StepId> = {
  id: 'arp',
  minutes: 12,
  steps: [
    { id: 'problem' },
    {
      id: 'neighbour',
      actions: [{ args: ['same-subnet', '192.168.1.10', '192.168.1.20', '255.255.255.0'] }],
    },
    {
      id: 'ask-and-answer',
      actions: [
        { args: ['arp', '--from', '192.168.1.10', '--to', '192.168.1.20'], takesLang: true },
      ],
    },
    {
      id: 'other-network',
      actions: [
        { args: ['same-subnet', '192.168.1.10', '8.8.8.8', '255.255.255.0'] },
        { args: ['arp', '--from', '192.168.1.10', '--to', '8.8.8.8'], takesLang: true },
      ],
    },
    { id: 'recap', tryLater: [['arp', '--from', '192.168.1.30', '--to', '192.168.1.10']] },
  ],
  questions: [
    arpTargetQuestion({ ...HOST_A, to: '192.168.1.200' }),
    arpTargetQuestion({ ...HOST_A, to: '10.0.0.5' }),
    sameSubnetQuestion('192.168.1.10', '192.168.2.10', '255.255.255.0'),
    sameSubnetQuestion('172.16.5.4', '172.16.200.9', '255.255.0.0'),
  ],
  text: {
    en: {
      title: 'ARP: how two machines on a LAN find each other',
      steps: {
        problem: {
          title: 'From an IP address to a MAC address',
          body: [
            'A program on host A sends to 192.168.1.20: an IP address. But a switch delivers frames by MAC address, so before A can send anything to B it must learn B’s MAC address. ARP, the Address Resolution Protocol, finds it: A asks the whole LAN "who has 192.168.1.20?", and only the owner answers, with its MAC address.',
            'The LAN in this lesson is one switch with four ports: router R (192.168.1.1, the gateway) on port 1, and hosts A (.10), B (.20) and C (.30) on ports 2 to 4. Every host uses mask 255.255.255.0.',
          ],
        },
        neighbour: {
          title: 'Is B on my segment?',
          body: [
            'ARP works only inside one segment, because routers do not pass broadcasts on. So A first ANDs both addresses with its mask. If the results match, B is a neighbour and A may ask for B’s MAC address directly.',
          ],
        },
        'ask-and-answer': {
          title: 'A broadcast question, a unicast answer',
          body: [
            'Now the simulation. Follow the frames and the tables:',
            '- A broadcasts an ARP request (destination ff:ff:ff:ff:ff:ff) carrying B’s IP address. The switch notes that A’s MAC address is on port 2, and since the destination is broadcast, it copies the frame out of every other port.',
            '- R and C see that the question is not about them and drop it. B recognises its own IP address.',
            '- B answers with its MAC address, sent to A alone (unicast). The switch already knows A’s port, so only that link carries the reply, and now it knows B’s port too.',
            '- A stores B’s MAC address in its ARP cache and sends the real frame, which goes to B’s port only. Next time the cache answers and no ARP is needed.',
          ],
        },
        'other-network': {
          title: 'A destination on another network',
          body: [
            'Now A sends to 8.8.8.8, a server on the internet. ANDed with A’s mask it does not give A’s network, so the server is not on this segment and no broadcast would ever reach it. A does not ARP for 8.8.8.8 at all: it ARPs for its gateway, 192.168.1.1, and sends the frame to the router’s MAC address, while the IP packet inside still says 8.8.8.8. The router takes it from there.',
          ],
        },
        recap: {
          title: 'What to remember',
          body: [
            '- IP addresses name the destination; MAC addresses carry the frame across one segment.',
            '- Same segment (equal AND results): ARP for the destination itself. Another network: ARP for the gateway.',
            '- The request is broadcast, the reply is unicast, and the answer is cached.',
            '- A switch learns ports from the source addresses of frames, and sends a frame to every port while it does not yet know where the destination is.',
          ],
        },
      },
    },
    zh: {
      title: 'ARP：局域网里两台机器怎样找到对方',
      steps: {
        problem: {
          title: '从 IP 地址到 MAC 地址',
          body: [
            '主机 A 上的程序要给 192.168.1.20 发数据，它手里只有一个 IP 地址。可交换机是按 MAC 地址转发帧的，所以 A 在给 B 发任何东西之前，必须先知道 B 的 MAC 地址。这件事由 ARP（地址解析协议）来完成：A 向整个局域网问一句“谁是 192.168.1.20？”，只有这个地址的主人会回答，并带上自己的 MAC 地址。',
            '本课的局域网是一台四个端口的交换机：路由器 R（192.168.1.1，也就是网关）接在 1 号端口，主机 A（.10）、B（.20）、C（.30）依次接在 2 到 4 号端口，所有主机的掩码都是 255.255.255.0。',
          ],
        },
        neighbour: {
          title: 'B 和我在同一个网段吗？',
          body: [
            'ARP 只在一个网段内有效，因为路由器不会转发广播。所以 A 先用自己的掩码分别和两个地址做与运算。结果相同，说明 B 是邻居，A 可以直接询问 B 的 MAC 地址。',
          ],
        },
        'ask-and-answer': {
          title: '广播提问，单播回答',
          body: [
            '现在开始模拟。请跟着帧的走向，对照表格的变化：',
            '- A 广播一个 ARP 请求（目的地址 ff:ff:ff:ff:ff:ff），里面带着 B 的 IP 地址。交换机记下 A 的 MAC 地址在 2 号端口；因为目的地址是广播，它把这一帧从其余每个端口都发出去。',
            '- R 和 C 发现问的不是自己，就把它丢掉；B 认出这是自己的 IP 地址。',
            '- B 回复自己的 MAC 地址，只发给 A（单播）。交换机已经知道 A 在哪个端口，所以只有那条线路传送这个回复；同时它也记住了 B 的端口。',
            '- A 把 B 的 MAC 地址存进 ARP 缓存，再把真正的数据帧发出去，这一帧只走 B 的端口。下次再发给 B 时直接查缓存，不必再问。',
          ],
        },
        'other-network': {
          title: '目的地在别的网络',
          body: [
            '这次 A 要发给互联网上的服务器 8.8.8.8。用 A 的掩码做与运算，结果不是 A 所在的网络，说明服务器不在这个网段，广播也永远到不了它那里。所以 A 根本不会去问 8.8.8.8 的 MAC 地址，而是问网关 192.168.1.1 的，把帧发给路由器的 MAC 地址；帧里装着的 IP 数据包，目的地址仍然是 8.8.8.8。后面的路就交给路由器了。',
          ],
        },
        recap: {
          title: '要点回顾',
          body: [
            '- IP 地址指明目的地；MAC 地址负责在一个网段内把帧送到。',
            '- 同一网段（与运算结果相同）：直接问目的主机的 MAC 地址；不同网络：问网关的。',
            '- 请求是广播，回复是单播，得到的答案会被缓存起来。',
            '- 交换机从帧的源地址学习端口；还不知道目的地址在哪个端口时，就把帧发往所有端口。',
          ],
        },
      },
    },
  },
};
