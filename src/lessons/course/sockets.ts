import type { Lesson } from '../lesson.js';
import { loopbackQuestion } from '../questions/loopback-question.js';
import { portRangeQuestion } from '../questions/port-range-question.js';
import { portValidQuestion } from '../questions/port-valid-question.js';

type StepId = 'socket' | 'tcp-pair' | 'udp-pair' | 'chat';

/** Lesson 8: the course's minimal TCP server and client, and its UDP chat. */
export const socketsLesson: Lesson<StepId> = {
  id: 'sockets',
  minutes: 10,
  steps: [
    { id: 'socket' },
    { id: 'tcp-pair', actions: [{ args: ['demo', 'tcp'] }] },
    { id: 'udp-pair', actions: [{ args: ['demo', 'udp'] }] },
    {
      id: 'chat',
      tryLater: [
        ['chat', '--role', 'server'],
        ['chat', '--role', 'client'],
      ],
    },
  ],
  questions: [loopbackQuestion('127.0.0.1'), portRangeQuestion('9514'), portValidQuestion('65535')],
  text: {
    en: {
      title: 'Sockets: a TCP pair and a UDP chat',
      steps: {
        socket: {
          title: 'What a socket is',
          body: [
            'A socket is a program’s end of a network conversation: a handle the operating system hands out, tied to a protocol (TCP or UDP), an IP address and a port. Every language uses the same few calls; the course writes them in Python.',
            {
              head: ['', 'TCP server', 'TCP client'],
              rows: [
                ['1', 'socket()', 'socket()'],
                ['2', 'bind((ip, port))', ''],
                ['3', 'listen()', ''],
                ['4', 'accept(): wait for a client', 'connect((ip, port))'],
                ['5', 'recv(n) and send(data)', 'send(data) and recv(n)'],
                ['6', 'close()', 'close()'],
              ],
            },
            'accept() returns a new socket for each client, so the listening socket can go on accepting others.',
          ],
        },
        'tcp-pair': {
          title: 'The smallest TCP pair',
          body: [
            'The course’s first program: a server on 127.0.0.1:9514 accepts one client; the client sends 21 bytes (my name is leiwenxuan) and then 10 more; the server calls recv(10) twice. recv(10) returns at most 10 bytes, whatever the sender’s calls were, so the server reads at most the first 20 bytes, and the rest is never read.',
            'netlab plays the same exchange, but its server keeps calling recv(10) until the client closes, so you can see where every read cuts. Compare the sizes of the sends with the sizes of the reads.',
          ],
        },
        'udp-pair': {
          title: 'UDP: no listen, no accept, no connect',
          body: [
            'A UDP server only binds a port and calls recvfrom(1024), which returns one datagram and the address it came from. The client needs no connect: every sendto names its destination. Each read returns exactly one datagram, so messages keep their boundaries; but a datagram bigger than the buffer given to recvfrom loses its tail.',
          ],
        },
        chat: {
          title: 'A chat between two terminals',
          body: [
            'The course’s UDP part ends with a chat: each side types a line, sends it with sendto and waits for the other’s with recvfrom. netlab has one. Open two terminals, start the server in one and the client in the other, then type a line in either.',
          ],
        },
      },
    },
    zh: {
      title: '套接字：一对 TCP 程序和一个 UDP 聊天',
      steps: {
        socket: {
          title: '什么是套接字',
          body: [
            '套接字（socket）是程序在一次网络对话中的那一端：它是操作系统交给程序的一个句柄，绑定了一种协议（TCP 或 UDP）、一个 IP 地址和一个端口。各种编程语言用的都是同样几个调用，课程里用的是 Python。',
            {
              head: ['', 'TCP 服务器', 'TCP 客户端'],
              rows: [
                ['1', 'socket()', 'socket()'],
                ['2', 'bind((ip, port))', ''],
                ['3', 'listen()', ''],
                ['4', 'accept()：等客户端连上来', 'connect((ip, port))'],
                ['5', 'recv(n) 和 send(data)', 'send(data) 和 recv(n)'],
                ['6', 'close()', 'close()'],
              ],
            },
            'accept() 为每个客户端返回一个新的套接字，所以负责监听的那个套接字可以继续接受别的客户端。',
          ],
        },
        'tcp-pair': {
          title: '最小的一对 TCP 程序',
          body: [
            '课程里的第一个程序：服务器在 127.0.0.1:9514 上接受一个客户端；客户端先发 21 个字节（my name is leiwenxuan），再发 10 个字节；服务器调用两次 recv(10)。不管发送方是怎么分几次发的，recv(10) 每次最多只返回 10 个字节，所以服务器最多读到前 20 个字节，剩下的永远没被读出来。',
            'netlab 把同样的过程演示一遍，只是它的服务器会一直调用 recv(10)，直到客户端关闭连接，这样每次读取在哪里截断都看得清清楚楚。请比较每次发送的字节数和每次读到的字节数。',
          ],
        },
        'udp-pair': {
          title: 'UDP：不用 listen，不用 accept，也不用 connect',
          body: [
            'UDP 服务器只需绑定端口，再调用 recvfrom(1024)，每次得到一个数据报和发送方的地址。客户端也不用 connect，每次 sendto 都写明目的地。每读一次正好拿到一个数据报，所以消息之间的边界不会乱；但如果数据报比传给 recvfrom 的缓冲区还大，超出的部分就丢了。',
          ],
        },
        chat: {
          title: '两个终端之间聊天',
          body: [
            '课程的 UDP 部分以一个聊天程序结束：每一方输入一行，用 sendto 发出去，再用 recvfrom 等对方的回话。netlab 里也有一个。打开两个终端，一个启动服务器，另一个启动客户端，然后在任意一边输入一行试试。',
          ],
        },
      },
    },
  },
};
