import type { Lesson } from '../lesson.js';
import { framedSizeQuestion } from '../questions/framed-size-question.js';
import { lengthHeaderQuestion } from '../questions/length-header-question.js';

type StepId = 'stream' | 'course-bug' | 'framing' | 'send-receive';

/** Lesson 9: why a byte stream merges and splits sends, and how framing fixes it. */
export const stickyLesson: Lesson<StepId> = {
  id: 'sticky',
  minutes: 12,
  steps: [
    { id: 'stream', actions: [{ args: ['demo', 'sticky'] }] },
    { id: 'course-bug', actions: [{ args: ['demo', 'transfer', '--broken'] }] },
    { id: 'framing' },
    {
      id: 'send-receive',
      tryLater: [
        ['receive', '--port', '9518', '--dir', 'downloads'],
        ['send', 'video.mp4', '--to', '127.0.0.1:9518'],
      ],
    },
  ],
  questions: [framedSizeQuestion([21, 10]), lengthHeaderQuestion(2048)],
  text: {
    en: {
      title: 'Sticky packets: messages in a byte stream',
      steps: {
        stream: {
          title: 'A stream has no message boundaries',
          body: [
            'TCP delivers one stream of bytes, not a series of messages. The sender’s system may put two small sends into one segment, and the receiver’s system hands over whatever has arrived, however it was sent. So two sends can come out of one recv merged (Chinese courses call this 黏包, "sticky packets"), and one send can come out of several reads, split.',
            'Neither is a fault: TCP never promised to keep boundaries. The demo shows both, then the fix.',
          ],
        },
        'course-bug': {
          title: 'The bug in the course’s file transfer',
          body: [
            'The course sends a video in 2048-byte chunks, each behind a 4-byte length. It has two flaws:',
            '- The file size goes first as plain text with no length in front, so the receiver’s recv(1024) may swallow the first chunk’s length and data along with it.',
            '- recv(n) may return fewer than n bytes. The receiver assumes every read is a whole chunk, loses its place in the stream, and then reads data bytes as if they were a length.',
            'Over loopback with a large file it breaks within a few hundred kilobytes; on a quiet machine it may get lucky. (Its progress bar lags too: the code names sys.stdout.flush without calling it.) The demo runs the course’s protocol as written, then netlab’s framed one on the same file.',
          ],
        },
        framing: {
          title: 'The fix: frame every message',
          body: [
            "- Put a length before everything you send, the file size included, always in one format: 4 bytes, unsigned, most significant byte first. In Python that is struct.pack('!I', n); the course’s 'i' is signed and uses the machine’s own byte order.",
            '- Read exactly: call recv in a loop until you have the 4 length bytes, then loop again until you have that many data bytes.',
            '- Decide the largest length you accept, and refuse anything bigger before allocating memory for it.',
          ],
        },
        'send-receive': {
          title: 'netlab send and receive',
          body: [
            'netlab’s own file transfer frames every message this way and adds a SHA-256 checksum, so the receiver knows each file arrived intact. Try it with two terminals: start the receiver in one, then send any file from the other.',
          ],
        },
      },
    },
    zh: {
      title: '黏包：字节流里的消息边界',
      steps: {
        stream: {
          title: '字节流没有消息边界',
          body: [
            'TCP 传送的是一条字节流，而不是一条条消息。发送方的系统可能把两次小的发送合进一个报文段；接收方的系统则把已经到达的数据一股脑儿交出去，不管它是怎么发的。于是两次发送可能在一次 recv 里粘在一起读出来，这就是“黏包”；一次发送也可能被拆成好几次才读完。',
            '这两种情况都不是故障：TCP 从来没有承诺保留消息边界。下面的演示把两种情况都展示出来，然后给出解决办法。',
          ],
        },
        'course-bug': {
          title: '课程里文件传输程序的毛病',
          body: [
            '课程把一个视频按 2048 字节一块发送，每块前面加 4 字节的长度。它有两个毛病：',
            '- 文件大小最先发出，却是一段前面没有长度的纯文本，所以接收方的 recv(1024) 可能把第一块的长度和数据也一起读走。',
            '- recv(n) 返回的字节数可能少于 n。接收方以为每次都读到了完整的一块，于是在字节流里错了位，接着把数据字节当成长度来读。',
            '通过本机回环地址传一个大文件，往往传不到几百 KB 就会出错；机器空闲时也可能侥幸成功。（它的进度条也总是慢半拍：代码里写的是 sys.stdout.flush，却没有加括号去调用它。）下面的演示先按课程原样运行这个协议，再用 netlab 加了分帧的协议传同一个文件。',
          ],
        },
        framing: {
          title: '解决办法：给每条消息加上边界',
          body: [
            "- 发送的每样东西前面都加上长度，文件大小也不例外，而且格式始终一致：4 个字节，无符号，高位字节在前。Python 里写作 struct.pack('!I', n)；课程里用的 'i' 是有符号数，字节顺序还随机器而定。",
            '- 读的时候要读够：循环调用 recv，直到凑齐 4 个长度字节；再循环，直到凑齐这么多数据字节。',
            '- 规定一个能接受的最大长度，超过就拒绝，而且要在分配内存之前拒绝。',
          ],
        },
        'send-receive': {
          title: 'netlab 的 send 和 receive',
          body: [
            'netlab 自带的文件传输就是这样给每条消息分帧的，还加上了 SHA-256 校验，接收方由此确认每个文件都完整无误。开两个终端试试：先在一个终端里启动接收方，再从另一个终端发送任意一个文件。',
          ],
        },
      },
    },
  },
};
