import type { Lesson } from '../lesson.js';
import { dataAckQuestion } from '../questions/data-ack-question.js';
import { synAckQuestion } from '../questions/syn-ack-question.js';
import { timeWaitQuestion } from '../questions/time-wait-question.js';

type StepId = 'two-ways' | 'handshake' | 'states' | 'side-by-side' | 'choosing';

/** Lesson 7: TCP versus UDP, the three-way handshake and the four-way close. */
export const tcpUdpLesson: Lesson<StepId> = {
  id: 'tcp-udp',
  minutes: 15,
  steps: [
    { id: 'two-ways' },
    { id: 'handshake', actions: [{ args: ['handshake'], takesLang: true }] },
    { id: 'states' },
    { id: 'side-by-side', actions: [{ args: ['demo', 'tcp'] }, { args: ['demo', 'udp'] }] },
    { id: 'choosing' },
  ],
  questions: [synAckQuestion(1000, 5000), dataAckQuestion(1000, 'hello'), timeWaitQuestion()],
  text: {
    en: {
      title: 'TCP and UDP: connection or none',
      steps: {
        'two-ways': {
          title: 'Two ways to send',
          body: [
            'The transport layer offers programs two services. TCP sets up a connection first and then delivers a reliable stream of bytes; UDP sets up nothing and sends each message on its own.',
            {
              head: ['', 'TCP', 'UDP'],
              rows: [
                ['connection', 'opened first (handshake)', 'none: just send'],
                ['delivery', 'reliable, in order', 'may be lost or reordered'],
                ['data', 'one stream of bytes', 'separate datagrams'],
                ['direction', 'both ways at once', 'each datagram one way'],
                ['size', 'no limit', 'up to 65,507 bytes each'],
                ['speed', 'slower to start', 'fast, nothing to set up'],
              ],
            },
            'Both ways at once is called full duplex: over one TCP connection both sides may send at the same time. The UDP limit comes from IPv4: a packet is at most 65,535 bytes, less 20 for the IP header and 8 for the UDP header.',
          ],
        },
        handshake: {
          title: 'Opening and closing a connection',
          body: [
            'TCP opens a connection with a three-way handshake. The client sends SYN with its initial sequence number; the server answers SYN-ACK, with its own number and an acknowledgement of the client’s; the client acknowledges the server’s. Only then does data flow.',
            'Closing takes four segments, because each direction closes on its own: each side sends a FIN when it has nothing more to say, and the other side acknowledges it. The simulation shows every segment with its sequence and acknowledgement numbers, and the state of each side after it.',
          ],
        },
        states: {
          title: 'The states worth knowing',
          body: [
            '- LISTEN: a server waiting for connections.',
            '- SYN-SENT and SYN-RECEIVED: halfway through the handshake.',
            '- ESTABLISHED: the connection is open and data flows both ways.',
            '- FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, LAST-ACK: closing, one direction at a time.',
            '- TIME-WAIT: the side that closed first waits twice the maximum segment lifetime, so that late segments of this connection die out before the same ports are used again.',
            'Tools such as "ss -t" on Linux or "netstat -an" on Windows and macOS list these states for the real connections on a machine.',
          ],
        },
        'side-by-side': {
          title: 'The same idea over TCP and over UDP',
          body: [
            'Now both for real, on this machine. With TCP the server accepts a connection before any data arrives, and the reads need not match the sends. With UDP there is no connection: the client simply sends datagrams, each read returns exactly one of them, and the server learns who sent it from the datagram itself.',
          ],
        },
        choosing: {
          title: 'Which one to use',
          body: [
            'Choose TCP when every byte must arrive, intact and in order: web pages, mail, file transfers, software downloads. Choose UDP when speed matters more than an occasional loss, or when the messages are small and independent: voice and video calls, games, DNS lookups. Instant messaging often uses UDP too.',
            'A program that uses UDP but needs reliability has to build it itself: numbering its messages, acknowledging them, and sending again what was lost.',
          ],
        },
      },
    },
    zh: {
      title: 'TCP 与 UDP：建立连接，还是直接发送',
      steps: {
        'two-ways': {
          title: '两种发送方式',
          body: [
            '传输层给程序提供两种服务。TCP 先建立连接，再可靠地传送一串字节流；UDP 什么都不建立，每条消息各自独立地发出去。',
            {
              head: ['', 'TCP', 'UDP'],
              rows: [
                ['连接', '先建立连接（握手）', '没有连接，直接发'],
                ['传送', '可靠，按顺序到达', '可能丢失或乱序'],
                ['数据', '一条字节流', '一个个独立的数据报'],
                ['方向', '双方可同时发送', '每个数据报单向传送'],
                ['大小', '没有限制', '每个最多 65,507 字节'],
                ['速度', '开始前要先握手', '快，无需任何准备'],
              ],
            },
            '双方可以同时发送，叫作全双工：在一条 TCP 连接上，两边能同时发数据。UDP 的大小限制来自 IPv4：一个数据包最多 65,535 字节，减去 20 字节的 IP 首部和 8 字节的 UDP 首部，就是 65,507。',
          ],
        },
        handshake: {
          title: '建立连接与断开连接',
          body: [
            'TCP 用“三次握手”建立连接：客户端发出 SYN，带上自己的初始序号；服务器回 SYN-ACK，带上自己的初始序号，并确认客户端的序号；客户端再确认服务器的序号。这之后才开始传数据。',
            '断开连接要四个报文段，俗称“四次挥手”，因为两个方向是各自关闭的：哪一方没有话要说了，就发一个 FIN，另一方回一个 ACK 确认。下面的模拟会列出每个报文段的序号和确认号，以及双方随之进入的状态。',
          ],
        },
        states: {
          title: '值得记住的几个状态',
          body: [
            '- LISTEN：服务器在等待连接。',
            '- SYN-SENT 和 SYN-RECEIVED：握手进行到一半。',
            '- ESTABLISHED：连接已建立，数据可以双向传送。',
            '- FIN-WAIT-1、FIN-WAIT-2、CLOSE-WAIT、LAST-ACK：正在关闭，一次关一个方向。',
            '- TIME-WAIT：先关闭的一方要等待两倍的最长报文段寿命，让这条连接迟到的报文段全部消失，之后同一对端口才能再用。',
            '在 Linux 上用 ss -t，在 Windows 和 macOS 上用 netstat -an，可以看到本机真实连接所处的这些状态。',
          ],
        },
        'side-by-side': {
          title: '同一件事，分别用 TCP 和 UDP 来做',
          body: [
            '现在在本机上真实地跑一遍。用 TCP 时，数据到来之前服务器先接受一个连接，而且每次读到的字节数不一定和发送时一致。用 UDP 时没有连接：客户端直接发数据报，服务器每读一次正好拿到一个数据报，并从数据报本身得知是谁发来的。',
          ],
        },
        choosing: {
          title: '该用哪一个',
          body: [
            '每个字节都必须完整、按顺序送到时，用 TCP：网页、邮件、文件传输、下载安装包。速度比偶尔丢一点数据更重要，或者消息又小又彼此独立时，用 UDP：语音和视频通话、游戏、DNS 查询。即时通讯软件也常用 UDP。',
            '用 UDP 的程序如果需要可靠传送，就得自己实现：给消息编号、确认收到、把丢失的重新发送。',
          ],
        },
      },
    },
  },
};
