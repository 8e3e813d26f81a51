import type { Lesson } from '../lesson.js';
import { arpTargetQuestion } from '../questions/arp-target-question.js';
import { frameSizeQuestion } from '../questions/frame-size-question.js';

type StepId = 'why-layers' | 'five-layers' | 'encapsulation' | 'reading';

/** Lesson 6: the OSI model folded into five layers, and a real payload wrapped layer by layer. */
export const layersLesson: Lesson<StepId> = {
  id: 'layers',
  minutes: 15,
  steps: [
    { id: 'why-layers' },
    { id: 'five-layers' },
    {
      id: 'encapsulation',
      actions: [{ args: ['layers', '--payload', 'GET / HTTP/1.1'], takesLang: true }],
    },
    { id: 'reading' },
  ],
  questions: [
    arpTargetQuestion({
      from: '192.168.1.10',
      mask: '255.255.255.0',
      gateway: '192.168.1.1',
      to: '203.0.113.80',
    }),
    frameSizeQuestion('GET / HTTP/1.1'),
  ],
  text: {
    en: {
      title: 'Layers: seven in theory, five in this course',
      steps: {
        'why-layers': {
          title: 'Why layers',
          body: [
            'Sending a web page takes many jobs: finding the right program, cutting the data up and resending what is lost, finding a way across networks, reaching the next box on the cable, and turning bits into signals. Networks split these jobs into layers. Each layer does one job, uses the layer below it and serves the layer above, so any one of them can change without the others: Wi-Fi replaced cables without any change to HTTP.',
            'The OSI model names seven layers. This course folds the top three into one application layer and keeps five:',
            {
              head: ['OSI model', 'this course'],
              rows: [
                ['7 application, 6 presentation, 5 session', '5 application'],
                ['4 transport', '4 transport'],
                ['3 network', '3 network'],
                ['2 data link', '2 data link'],
                ['1 physical', '1 physical'],
              ],
            },
          ],
        },
        'five-layers': {
          title: 'The five layers',
          body: [
            {
              head: ['layer', 'protocols', 'unit', 'address', 'device'],
              rows: [
                ['application', 'HTTP, HTTPS', 'message', '', 'hosts'],
                ['transport', 'TCP, UDP', 'segment/datagram', 'port', 'hosts'],
                ['network', 'IP', 'packet', 'IP address', 'router'],
                ['data link', 'Ethernet, ARP', 'frame', 'MAC address', 'switch'],
                ['physical', 'cable, radio', 'bits', '', 'hub, cable'],
              ],
            },
            'A TCP piece is called a segment, a UDP one a datagram. Routers work up to the network layer, switches up to the data link layer; the application and transport layers live only in the two end machines.',
          ],
        },
        encapsulation: {
          title: 'Wrapping a payload',
          body: [
            'On the way down, each layer puts its own header in front of what it was given. TCP adds the ports and the sequence numbers, IP adds the two IP addresses, Ethernet adds the two MAC addresses. The receiver takes the headers off again in the opposite order: decapsulation.',
            'netlab builds the real bytes of a one-line HTTP request and shows every header field by field, with real checksums, then takes them apart again.',
          ],
        },
        reading: {
          title: 'What to look for in the bytes',
          body: [
            '- Ethernet header: the destination MAC address first, then the source, then the type 0x0800, which says an IPv4 packet follows.',
            '- IPv4 header: the total length, the TTL, the protocol number 6 (TCP), the header checksum, then the source and destination addresses.',
            '- TCP header: the source port and the destination port (80, a web server), the sequence and acknowledgement numbers, the flags, and a checksum that also covers the data.',
            '- Last, the payload, exactly as it was given. Each layer only adds and removes its own header and never looks inside the layers above.',
          ],
        },
      },
    },
    zh: {
      title: '分层：理论上七层，本课程讲五层',
      steps: {
        'why-layers': {
          title: '为什么要分层',
          body: [
            '发送一个网页要做很多件事：找到对应的程序；把数据切成小块，丢了的重新发送；找到穿过各个网络的路；送到网线另一头的下一台设备；把比特变成电信号或无线电波。网络把这些工作分成若干层，每层只做一件事，使用下一层的服务，再为上一层服务。这样任何一层都可以单独更换而不影响其他层，比如用 Wi-Fi 代替网线，HTTP 一点也不用改。',
            'OSI 模型把网络分成七层。本课程把最上面三层合并为一个应用层，只讲五层：',
            {
              head: ['OSI 模型', '本课程'],
              rows: [
                ['7 应用层，6 表示层，5 会话层', '5 应用层'],
                ['4 传输层', '4 传输层'],
                ['3 网络层', '3 网络层'],
                ['2 数据链路层', '2 数据链路层'],
                ['1 物理层', '1 物理层'],
              ],
            },
          ],
        },
        'five-layers': {
          title: '五层各管什么',
          body: [
            {
              head: ['层', '协议', '数据单位', '地址', '设备'],
              rows: [
                ['应用层', 'HTTP、HTTPS', '报文', '', '主机'],
                ['传输层', 'TCP、UDP', '报文段/数据报', '端口', '主机'],
                ['网络层', 'IP', '数据包', 'IP 地址', '路由器'],
                ['数据链路层', '以太网、ARP', '帧', 'MAC 地址', '交换机'],
                ['物理层', '网线、无线电', '比特', '', '集线器、网线'],
              ],
            },
            'TCP 的数据单位叫“报文段”，UDP 的叫“数据报”。路由器工作到网络层，交换机工作到数据链路层；应用层和传输层只存在于通信两端的机器里。',
          ],
        },
        encapsulation: {
          title: '一层一层包起来',
          body: [
            '数据往下走时，每一层都在拿到的数据前面加上自己的首部：TCP 加上端口和序号，IP 加上两个 IP 地址，以太网加上两个 MAC 地址。接收方再按相反的顺序把这些首部一层层拆掉，这叫“解封装”。',
            'netlab 为一行 HTTP 请求构造出真实的字节，逐个字段展示每一层的首部，校验和也是真实算出来的，最后再把它们一层层拆开。',
          ],
        },
        reading: {
          title: '从字节里看什么',
          body: [
            '- 以太网首部：先是目的 MAC 地址，然后是源 MAC 地址，再是类型 0x0800，表示后面跟着一个 IPv4 数据包。',
            '- IPv4 首部：总长度、TTL、协议号 6（表示 TCP）、首部校验和，然后是源地址和目的地址。',
            '- TCP 首部：源端口和目的端口（80，网页服务器），序号和确认号，标志位，以及一个连数据一起校验的校验和。',
            '- 最后是数据本身，和交给 TCP 时一模一样。每一层只加上、拆下自己的首部，从不查看上面各层的内容。',
          ],
        },
      },
    },
  },
};
