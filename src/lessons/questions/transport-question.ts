import type { Transport } from '../../calc/port-services.js';
import type { Lang } from '../../core/lang.js';
import type { Choice } from '../answer.js';
import type { Question } from '../question.js';

type Named = Readonly<Record<Lang, string>>;

/** A job a program does over the network, and the transport the course picks for it. */
interface TransportUse {
  readonly transport: Transport;
  /** The question: the job, then "TCP or UDP?". */
  readonly ask: Named;
  /** Why that transport fits, as the course argues it. */
  readonly why: Named;
  /** The netlab command that shows the port table's row for it, when there is one. */
  readonly check?: readonly string[];
}

/*
 * The course's rule (seed notes, "Tcp 和 Udp"): TCP when every byte must arrive, intact and in
 * order (important files, mail, downloads); UDP when speed matters more than an occasional loss,
 * or messages are small and independent. Lesson "tcp-udp", step "choosing", gives the same cases.
 */
const USES = {
  'file-transfer': {
    transport: 'tcp',
    ask: {
      en: 'A program copies a 2 GB video file to a server, and the copy must be exact. Should it use TCP or UDP?',
      zh: '一个程序要把 2 GB 的视频文件传到服务器上，收到的文件必须一个字节都不差。它该用 TCP 还是 UDP？',
    },
    why: {
      en: 'every byte must arrive, intact and in order, and TCP makes sure of that by resending what is lost and putting the bytes back in order; a few milliseconds more do not matter for a file',
      zh: '每个字节都必须完整、按顺序到达，TCP 会重发丢失的数据并按顺序交付，正好保证这一点；对传文件来说，多花几毫秒无所谓',
    },
  },
  'video-call': {
    transport: 'udp',
    ask: {
      en: 'A program carries the sound and pictures of a live video call. Should it send them over TCP or UDP?',
      zh: '一个程序要传送实时视频通话的声音和画面。它该用 TCP 还是 UDP？',
    },
    why: {
      en: 'a late picture is worth nothing, so waiting for a lost one to be resent, as TCP would, only makes the call lag; UDP sends each piece at once and the call skips a lost one',
      zh: '迟到的画面已经没有用了，像 TCP 那样等丢失的数据重发只会让通话卡顿；UDP 立刻发出每一块数据，丢了一块通话也照样继续',
    },
  },
  'dns-query': {
    transport: 'udp',
    ask: {
      en: 'A program asks a DNS server for the address of example.com: one small question, one small answer. Should it ask over TCP or UDP?',
      zh: '一个程序向 DNS 服务器查询 example.com 的地址：问题很小，回答也很小。它该用 TCP 还是 UDP？',
    },
    why: {
      en: 'one small datagram each way is faster than opening a TCP connection first; if no answer comes, the program simply asks again (DNS uses UDP port 53)',
      zh: '一来一回各一个小数据报，比先建立 TCP 连接快；收不到回答，程序再问一次就行（DNS 用的是 UDP 53 端口）',
    },
    check: ['port', '53'],
  },
  'sock-dgram': {
    transport: 'udp',
    ask: {
      en: 'The course’s chat opens its socket with socket.socket(type=socket.SOCK_DGRAM). Does that socket speak TCP or UDP?',
      zh: '课程里的聊天程序用 socket.socket(type=socket.SOCK_DGRAM) 创建套接字。这个套接字用的是 TCP 还是 UDP？',
    },
    why: {
      en: 'SOCK_DGRAM asks for a datagram socket, which is UDP; TCP is SOCK_STREAM, a stream of bytes',
      zh: 'SOCK_DGRAM 表示数据报套接字，也就是 UDP；TCP 对应的是 SOCK_STREAM，即字节流',
    },
  },
} as const satisfies Readonly<Record<string, TransportUse>>;

/** A job the course asks about: a key of the table above. */
export type TransportJob = keyof typeof USES;

const NAMES: Readonly<Record<Transport, string>> = { tcp: 'TCP', udp: 'UDP' };

const CHOICES: readonly Choice[] = (['tcp', 'udp'] as const).map((transport) => ({
  id: transport,
  label: { en: NAMES[transport], zh: NAMES[transport] },
}));

/**
 * "TCP or UDP for this job?", answered from the course's own table of jobs (USES above), which
 * follows the rule the course gives.
 * @example transportQuestion('video-call') // answer: UDP
 */
export function transportQuestion(job: TransportJob): Question {
  return {
    kind: 'tcp-or-udp',
    solve: () => {
      const use: TransportUse = USES[job];
      const name = NAMES[use.transport];
      return {
        answer: { kind: 'choice', value: use.transport, choices: CHOICES },
        text: {
          en: { ask: use.ask.en, because: `${name}: ${use.why.en}.` },
          zh: { ask: use.ask.zh, because: `${name}：${use.why.zh}。` },
        },
        ...(use.check === undefined ? {} : { check: use.check }),
      };
    },
  };
}
