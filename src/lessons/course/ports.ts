import type { Lesson } from '../lesson.js';
import { portRangeQuestion } from '../questions/port-range-question.js';
import { portValidQuestion } from '../questions/port-valid-question.js';

type StepId = 'what-port' | 'ranges' | 'not-a-port' | 'one-per-port' | 'client-ports';

/** Lesson 5: ports 0-65535, their ranges, and one program per port. */
export const portsLesson: Lesson<StepId> = {
  id: 'ports',
  minutes: 8,
  steps: [
    { id: 'what-port' },
    { id: 'ranges', actions: [{ args: ['port', '80', '3306', '50000'] }] },
    { id: 'not-a-port', actions: [{ args: ['port', '65536'], expectExit: 2 }] },
    { id: 'one-per-port', actions: [{ args: ['demo', 'ports'] }] },
    { id: 'client-ports' },
  ],
  questions: [
    portRangeQuestion('443'),
    portRangeQuestion('3306'),
    portRangeQuestion('51000'),
    portValidQuestion('70000'),
  ],
  text: {
    en: {
      title: 'Ports: which program on the machine',
      steps: {
        'what-port': {
          title: 'A port finds the program',
          body: [
            'An IP address gets data to the right machine. But a machine runs many network programs at once (a browser, a chat app, a database), and every packet must reach the right one. The port number does that: each TCP or UDP packet carries a destination port, and the operating system hands the data to the program using that port.',
            'A port is a 16-bit number, from 0 to 65535. An address and a port together, written 127.0.0.1:9000, name one program on one machine.',
          ],
        },
        ranges: {
          title: 'Three ranges',
          body: [
            {
              head: ['ports', 'called', 'used for'],
              rows: [
                ['0-1023', 'well-known', 'standard services: 80 HTTP, 22 SSH'],
                ['1024-49151', 'registered', 'applications: 3306 MySQL'],
                ['49152-65535', 'dynamic', 'short-lived ports for clients'],
              ],
            },
            'On Linux, by default, only the administrator (root) may listen on a port below 1024. netlab looks ports up in the same table:',
          ],
        },
        'not-a-port': {
          title: 'Numbers that are not ports',
          body: [
            'Nothing outside 0 to 65535 can be a port: 65536 needs 17 bits. netlab refuses it, says why, and ends with exit code 2, the code for bad input.',
          ],
        },
        'one-per-port': {
          title: 'One program per port',
          body: [
            'At any moment a port on one machine belongs to at most one program (for one protocol and one address). When a second program tries to listen on a port that is taken, the operating system refuses with EADDRINUSE, "address already in use". That is why an old server must stop before a new one can start on its port. The demo takes a port, then tries to take it again.',
          ],
        },
        'client-ports': {
          title: 'Clients have ports too',
          body: [
            'A client needs a port as well, so that the answers can come back to it. It rarely chooses one: the operating system lends it a free port for as long as the connection lasts, taken from its ephemeral range (IANA suggests 49152-65535; Linux uses 32768-60999, as the demo showed). A TCP connection is therefore named by four numbers: the client’s IP address and port, and the server’s IP address and port.',
          ],
        },
      },
    },
    zh: {
      title: '端口：找到机器上的那个程序',
      steps: {
        'what-port': {
          title: '端口用来找程序',
          body: [
            'IP 地址把数据送到正确的机器。可是一台机器上同时运行着许多网络程序，比如浏览器、聊天软件、数据库，每个数据包都得交给正确的那一个。这就要靠端口号：每个 TCP 或 UDP 数据包都带着目的端口，操作系统把数据交给占用这个端口的程序。',
            '端口号是一个 16 位的数，范围从 0 到 65535。地址加端口，写作 127.0.0.1:9000，就确定了某台机器上的某一个程序。',
          ],
        },
        ranges: {
          title: '三个范围',
          body: [
            {
              head: ['端口', '名称', '用途'],
              rows: [
                ['0-1023', '公认端口', '标准服务：80 HTTP，22 SSH'],
                ['1024-49151', '注册端口', '应用程序：3306 MySQL'],
                ['49152-65535', '动态端口', '临时分给客户端使用'],
              ],
            },
            '在 Linux 上，默认只有管理员（root）才能在 1024 以下的端口监听。netlab 查的也是这张表：',
          ],
        },
        'not-a-port': {
          title: '不是端口的数',
          body: [
            '0 到 65535 之外的数都不可能是端口：65536 需要 17 位才能表示。netlab 会拒绝它，说明原因，并以退出码 2 结束，2 表示输入有误。',
          ],
        },
        'one-per-port': {
          title: '一个端口只归一个程序',
          body: [
            '同一时刻，一台机器上的一个端口最多只属于一个程序（对同一种协议、同一个地址而言）。第二个程序想在已被占用的端口上监听时，操作系统会报 EADDRINUSE，也就是“地址已被占用”。所以旧的服务器不停掉，新的就没法在同一个端口上启动。下面的演示先占住一个端口，再试着占第二次。',
          ],
        },
        'client-ports': {
          title: '客户端也有端口',
          body: [
            '客户端同样需要端口，回复才能送回给它。不过客户端很少自己挑端口，而是由操作系统借给它一个空闲端口，连接存在多久就用多久。这个端口取自系统的临时端口范围：IANA 建议用 49152-65535，Linux 用的是 32768-60999，刚才的演示里已经看到了。所以一条 TCP 连接由四个数确定：客户端的 IP 地址和端口，服务器的 IP 地址和端口。',
          ],
        },
      },
    },
  },
};
