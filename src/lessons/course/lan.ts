import type { Lesson } from '../lesson.js';
import { hostCountQuestion } from '../questions/host-count-question.js';
import { maskPrefixQuestion } from '../questions/mask-prefix-question.js';
import { networkQuestion } from '../questions/network-question.js';
import { privateQuestion } from '../questions/private-question.js';
import { sameSubnetQuestion } from '../questions/same-subnet-question.js';

type StepId = 'lan' | 'mask' | 'segment' | 'same-segment' | 'private';

/** Lesson 3: gateway, mask and segment; public and private addresses. */
export const lanLesson: Lesson<StepId> = {
  id: 'lan',
  minutes: 12,
  steps: [
    { id: 'lan' },
    { id: 'mask', actions: [{ args: ['mask', '255.255.255.0'] }] },
    { id: 'segment', actions: [{ args: ['subnet', '192.168.1.77/26'] }] },
    {
      id: 'same-segment',
      actions: [
        { args: ['same-subnet', '192.168.1.5', '192.168.1.77', '255.255.255.0'] },
        { args: ['same-subnet', '192.168.1.5', '192.168.2.5', '255.255.255.0'] },
      ],
    },
    {
      id: 'private',
      actions: [{ args: ['classify', '10.1.2.3', '172.20.0.1', '172.32.0.1', '192.168.1.5'] }],
    },
  ],
  questions: [
    sameSubnetQuestion('10.1.2.3', '10.1.9.9', '255.255.0.0'),
    networkQuestion('192.168.1.77/26'),
    hostCountQuestion('192.168.1.0/24'),
    maskPrefixQuestion('255.255.240.0'),
    privateQuestion('172.32.0.1'),
  ],
  text: {
    en: {
      title: 'The LAN: gateway, mask and private addresses',
      steps: {
        lan: {
          title: 'A local network and its gateway',
          body: [
            'A LAN (local area network) is the machines of one home, lab or office, joined by switches or Wi-Fi so that they reach each other directly. To reach anything outside, another LAN or the internet, a machine hands its packets to the gateway: the router’s address on this LAN, often 192.168.1.1 at home.',
            'So a machine needs three numbers when it joins a LAN: its own IP address, its subnet mask, and the address of its gateway.',
          ],
        },
        mask: {
          title: 'The subnet mask',
          body: [
            'The mask says how much of an address names the network and how much names the host. In binary it is a run of ones followed by zeros: the ones cover the network part. 255.255.255.0 is 24 ones and then 8 zeros, which is why it is also written /24. A mask whose ones stop and start again is not a mask at all.',
          ],
        },
        segment: {
          title: 'The network segment',
          body: [
            'AND each bit of an address with the mask: where the mask has a one the address bit stays, where it has a zero the result is zero. What is left is the network address, the name of the segment. All hosts whose addresses give the same network address are on one segment.',
            'The first address of a segment is the network itself and the last is its broadcast address; the ones in between are for hosts. Here is 192.168.1.77 with a 26-bit mask: find the network, the broadcast address and the host range.',
          ],
        },
        'same-segment': {
          title: 'Same segment or not?',
          body: [
            'This is how a machine decides whether it can deliver a packet by itself. It ANDs its own address with its mask, ANDs the destination with the same mask, and compares. Equal results: the same segment, deliver directly. Different results: another network, so the packet goes to the gateway.',
            'Two checks with mask 255.255.255.0: 192.168.1.5 against 192.168.1.77, then against 192.168.2.5.',
          ],
        },
        private: {
          title: 'Public and private addresses',
          body: [
            'A public address is unique on the whole internet, and anyone can send to it. Private addresses come from three blocks set aside for use inside LANs: no machine on the internet is ever given one, so they can never clash with a public address, and every home and school reuses the same ones. Because so many LANs share them, routers on the internet do not carry them. When a machine with a private address visits a website, the router swaps in its own public address on the way out (NAT).',
            {
              head: ['block', 'from', 'to'],
              rows: [
                ['10.0.0.0/8', '10.0.0.0', '10.255.255.255'],
                ['172.16.0.0/12', '172.16.0.0', '172.31.255.255'],
                ['192.168.0.0/16', '192.168.0.0', '192.168.255.255'],
              ],
            },
            'Watch 172.32.0.1: it looks like the middle block, but lies just past its end.',
          ],
        },
      },
    },
    zh: {
      title: '局域网：网关、掩码、网段与内网地址',
      steps: {
        lan: {
          title: '局域网和网关',
          body: [
            '局域网（LAN）就是一个家庭、一间机房或一个办公室里的机器，它们通过交换机或 Wi-Fi 连在一起，彼此可以直接通信。要访问外面的世界，不管是另一个局域网还是互联网，机器都要把数据包交给网关。网关就是路由器在本局域网里的地址，家里常见的是 192.168.1.1。',
            '所以，一台机器接入局域网时需要知道三个数：自己的 IP 地址、子网掩码和网关地址。',
          ],
        },
        mask: {
          title: '子网掩码',
          body: [
            '子网掩码说明一个地址里哪一部分表示网络，哪一部分表示主机。写成二进制，它是一串 1 后面跟着一串 0，1 覆盖的就是网络部分。255.255.255.0 是 24 个 1 加 8 个 0，所以也写作 /24。如果 1 中间断开后又出现，那就不是合法的掩码。',
          ],
        },
        segment: {
          title: '网段',
          body: [
            '把地址和掩码逐位做“与”运算：掩码是 1 的位，地址原样保留；掩码是 0 的位，结果为 0。得到的就是网络地址，也就是这个网段的名字。算出相同网络地址的主机，都在同一个网段里。',
            '网段的第一个地址是网络地址本身，最后一个是广播地址，中间的才分给主机。下面以 192.168.1.77 加 26 位掩码为例，找一找网络地址、广播地址和主机地址范围。',
          ],
        },
        'same-segment': {
          title: '在不在同一个网段？',
          body: [
            '机器就是这样判断能不能自己把数据包送到的：用自己的掩码分别和自己的地址、目的地址做与运算，再比较结果。结果相同，说明在同一网段，直接发送；结果不同，说明目的地在别的网络，数据包要交给网关。',
            '下面用掩码 255.255.255.0 做两次判断：192.168.1.5 和 192.168.1.77，再和 192.168.2.5。',
          ],
        },
        private: {
          title: '公网地址和内网地址',
          body: [
            '公网地址在整个互联网上独一无二，谁都可以向它发送数据。内网（私有）地址则来自专门留给局域网内部使用的三段地址：互联网上没有哪台机器会分到它们，所以内网地址永远不会和公网地址冲突，每个家庭、每所学校都可以放心地重复使用。也正因为大家都在用，互联网上的路由器不转发以这些地址为目的地的数据包。内网里的机器访问网站时，路由器会在出口处把源地址换成自己的公网地址，这就是 NAT。',
            {
              head: ['地址段', '起始', '结束'],
              rows: [
                ['10.0.0.0/8', '10.0.0.0', '10.255.255.255'],
                ['172.16.0.0/12', '172.16.0.0', '172.31.255.255'],
                ['192.168.0.0/16', '192.168.0.0', '192.168.255.255'],
              ],
            },
            '注意 172.32.0.1：它看上去属于中间那一段，其实刚好落在这一段的外面。',
          ],
        },
      },
    },
  },
};
