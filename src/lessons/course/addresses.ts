import type { Lesson } from '../lesson.js';
import { loopbackQuestion } from '../questions/loopback-question.js';
import { macUnicastQuestion } from '../questions/mac-unicast-question.js';
import { macUniversalQuestion } from '../questions/mac-universal-question.js';

type StepId = 'nic' | 'mac-halves' | 'special-macs' | 'ip-and-switch' | 'loopback-any';

/** Lesson 2: the network card and its MAC address, IP addresses, the switch, 127.0.0.1 and 0.0.0.0. */
export const addressesLesson: Lesson<StepId> = {
  id: 'addresses',
  minutes: 12,
  steps: [
    { id: 'nic' },
    {
      id: 'mac-halves',
      actions: [{ args: ['mac', { ask: 'mac', example: '00:1A:2B:3C:4D:5E' }], takesLang: true }],
    },
    {
      id: 'special-macs',
      actions: [
        { args: ['mac', '01:00:5e:00:00:fb'], takesLang: true },
        { args: ['mac', '02:42:ac:11:00:02'], takesLang: true },
      ],
    },
    { id: 'ip-and-switch' },
    { id: 'loopback-any', actions: [{ args: ['demo', 'bind'] }] },
  ],
  questions: [
    macUnicastQuestion('01:00:5e:00:00:fb'),
    macUniversalQuestion('02:42:ac:11:00:02'),
    loopbackQuestion('127.0.0.1'),
  ],
  text: {
    en: {
      title: 'MAC and IP addresses, the switch, 127.0.0.1, 0.0.0.0',
      steps: {
        nic: {
          title: 'The network card and its MAC address',
          body: [
            'A computer joins a network through a network interface card (NIC): the Ethernet socket or the Wi-Fi chip. Every card carries a MAC address, its identity on the local network, much like the number on an identity card.',
            'A MAC address is 48 bits long, written as six bytes in hexadecimal: 00:1A:2B:3C:4D:5E, or 00-1A-2B-3C-4D-5E on Windows. Makers give every card they build a different address, so a MAC address is unique worldwide, at least as it leaves the factory.',
          ],
        },
        'mac-halves': {
          title: 'Reading a MAC address',
          body: [
            'The first three bytes are the OUI (Organizationally Unique Identifier), a number the IEEE assigns to each maker. The last three bytes are the number the maker gave this one card. Two bits of the first byte have a meaning of their own:',
            '- the lowest bit, I/G: 0 means the address names one card (unicast), 1 means a group (multicast). All 48 bits set, ff:ff:ff:ff:ff:ff, is the broadcast address, which every card accepts.',
            '- the next bit, U/L: 0 means the maker assigned it (universal), 1 means software chose it (locally administered), as virtual machines and containers do.',
            'Decode one now. On a terminal you may type your own card’s address: "ip link" shows it on Linux, "ifconfig" on macOS, "ipconfig /all" on Windows.',
          ],
        },
        'special-macs': {
          title: 'Group addresses and local addresses',
          body: [
            'Not every MAC address names a card. 01:00:5e:00:00:fb is a multicast group: the one mDNS uses when printers and phones announce themselves on a LAN. 02:42:ac:11:00:02 was made up by software: Docker gives addresses like it to its containers. Compare the first byte of each with the bits above.',
          ],
        },
        'ip-and-switch': {
          title: 'IP addresses and the switch',
          body: [
            'A MAC address says which card, but nothing about where the card is. That is the job of the IP address, such as 192.168.1.10: four bytes written in decimal, given to the machine by the network it joins (typed in by hand, or handed out by DHCP), and changed when it moves to another network.',
            'Inside one network the machines are cabled to a switch. The switch reads the destination MAC address of each frame and sends the frame out of the one port that leads to that card. It learns which address sits behind which port from the frames that pass through it.',
            'So the IP address brings a packet to the right network, and the MAC address brings the frame to the right card. Lesson "arp" shows how a machine finds the MAC address that belongs to an IP address.',
          ],
        },
        'loopback-any': {
          title: '127.0.0.1 and 0.0.0.0',
          body: [
            'Two addresses come up in every socket program. 127.0.0.1 is the loopback address: it always means this machine, and packets sent to it never reach a network card. A server bound to 127.0.0.1 can be reached only by programs on the same machine, which makes it safe for testing.',
            '0.0.0.0, given to bind, means every address this machine has: loopback, Ethernet and Wi-Fi alike. A server bound to 0.0.0.0 answers anyone who can reach the machine. The demo binds a server each way, then tries to reach it through each of this machine’s addresses.',
          ],
        },
      },
    },
    zh: {
      title: '地址：MAC、IP、交换机、127.0.0.1 与 0.0.0.0',
      steps: {
        nic: {
          title: '网卡和 MAC 地址',
          body: [
            '计算机通过网卡接入网络，网卡可以是网线插口，也可以是 Wi-Fi 芯片。每块网卡都有一个 MAC 地址，它是网卡在局域网里的身份，就像身份证上的号码。',
            'MAC 地址长 48 位，写成 6 个十六进制字节，例如 00:1A:2B:3C:4D:5E，Windows 上写作 00-1A-2B-3C-4D-5E。厂商给自己生产的每块网卡分配不同的地址，所以 MAC 地址在全世界是唯一的，至少出厂时如此。',
          ],
        },
        'mac-halves': {
          title: '读懂一个 MAC 地址',
          body: [
            '前 3 个字节是 OUI（组织唯一标识符），由 IEEE 分配给每个厂商；后 3 个字节是厂商给这块网卡编的号。第一个字节里还有两位有特殊含义：',
            '- 最低位，即 I/G 位：0 表示这个地址只指一块网卡（单播），1 表示一组网卡（组播）。48 位全是 1 的 ff:ff:ff:ff:ff:ff 是广播地址，所有网卡都会接收。',
            '- 倒数第二位，即 U/L 位：0 表示由厂商分配（全球唯一），1 表示由软件设定（本地管理），虚拟机和容器用的就是这种地址。',
            '现在来解读一个。在终端里你可以输入自己网卡的地址：Linux 上用 ip link 查看，macOS 上用 ifconfig，Windows 上用 ipconfig /all。',
          ],
        },
        'special-macs': {
          title: '组播地址和本地地址',
          body: [
            '并不是每个 MAC 地址都对应一块网卡。01:00:5e:00:00:fb 是一个组播组，打印机、手机在局域网里用 mDNS 报告自己时，发的就是这个地址。02:42:ac:11:00:02 则是软件编出来的，Docker 给容器分配的就是这种地址。对照上一步讲的两个位，看看它们的第一个字节。',
          ],
        },
        'ip-and-switch': {
          title: 'IP 地址和交换机',
          body: [
            'MAC 地址只说明是哪块网卡，却说明不了这块网卡在哪里，这要靠 IP 地址，比如 192.168.1.10。它由 4 个十进制字节组成，是机器接入网络时由所在网络分配的（手工填写，或由 DHCP 自动分配），换到另一个网络就会改变。',
            '同一个网络里的机器都用网线连到交换机上。交换机读出每一帧的目的 MAC 地址，只从通往那块网卡的端口把帧发出去。哪个地址在哪个端口后面，是交换机从经过它的帧里一点点学来的。',
            '所以，IP 地址负责把数据包送到正确的网络，MAC 地址负责把帧送到正确的网卡。“arp”这一课会讲，机器怎样查到一个 IP 地址对应的 MAC 地址。',
          ],
        },
        'loopback-any': {
          title: '127.0.0.1 与 0.0.0.0',
          body: [
            '写网络程序时总会遇到两个地址。127.0.0.1 是回环地址，永远指本机，发给它的数据包根本不经过网卡。绑定在 127.0.0.1 上的服务器只有本机的程序才能连上，用来做测试很安全。',
            '0.0.0.0 用在 bind 里，表示本机所有的地址：回环、有线网卡、无线网卡都算。绑定在 0.0.0.0 上的服务器，任何能访问到这台机器的人都能连上。下面的演示会分别用这两种方式绑定服务器，再通过本机的每个地址去连接它。',
          ],
        },
      },
    },
  },
};
