import type { Lesson } from '../lesson.js';
import { servicePortQuestion } from '../questions/service-port-question.js';

type StepId = 'two-kinds' | 'client-server' | 'browser-server' | 'compare' | 'same-idea';

/** Lesson 1: installed clients (C/S) versus the browser (B/S). */
export const architectureLesson: Lesson<StepId> = {
  id: 'architecture',
  minutes: 8,
  steps: [
    { id: 'two-kinds' },
    { id: 'client-server', actions: [{ args: ['demo', 'tcp'] }] },
    { id: 'browser-server', actions: [{ args: ['demo', 'http'] }] },
    { id: 'compare' },
    { id: 'same-idea' },
  ],
  questions: [servicePortQuestion('http'), servicePortQuestion('https')],
  text: {
    en: {
      title: 'C/S and B/S: two kinds of networked programs',
      steps: {
        'two-kinds': {
          title: 'Two kinds of networked programs',
          body: [
            'Every program that uses the network comes in two parts that talk to each other: a client, the part a person uses, and a server, which waits for clients and answers them. What tells the two kinds apart is where the client comes from.',
            '- C/S (client/server): you download and install the vendor’s own client. Chat apps such as QQ or WeChat, cloud-drive apps and video players work this way.',
            '- B/S (browser/server): the client is the web browser you already have. Search engines, question-and-answer sites and blogs work this way; there is nothing new to install.',
          ],
        },
        'client-server': {
          title: 'C/S: who installs what, who talks to whom',
          body: [
            'In C/S the vendor writes both ends. The client on your computer speaks the vendor’s own protocol to the vendor’s servers, so the two must always agree: when the protocol changes, every user has to install a new client.',
            'Here is the smallest client and server: netlab starts a TCP server on this machine (127.0.0.1) and a client that connects to it and sends a few bytes. Watch for three things: the server listening on a port, the client connecting, and the bytes arriving at the other end.',
          ],
        },
        'browser-server': {
          title: 'B/S: the browser is the client',
          body: [
            'In B/S the client is a browser. It speaks one standard protocol, HTTP, and with it can talk to any web server. The site’s programs run on the server, so to change the site the vendor changes the server, and every user sees the new version at the next page load.',
            'netlab now starts a tiny web server and asks it for a page, as a browser would. Look at the request the client sends (a line such as GET / HTTP/1.1, then header lines) and at the response (a status line, headers, then the page).',
          ],
        },
        compare: {
          title: 'Side by side',
          body: [
            {
              head: ['', 'C/S', 'B/S'],
              rows: [
                ['client', 'an app you install', 'a web browser'],
                ['protocol', 'the vendor’s own', 'HTTP or HTTPS, a standard'],
                ['updates', 'every user installs them', 'made once, on the server'],
                ['strengths', 'fast, rich, can work offline', 'nothing to install'],
                ['examples', 'QQ, WeChat, cloud drives', 'search engines, blogs'],
              ],
            },
            'Many services offer both: the same chat service as an app (C/S) and as a web page (B/S).',
          ],
        },
        'same-idea': {
          title: 'Underneath, one idea',
          body: [
            'In both kinds, one program waits and the other starts the conversation. The waiting program is the server: it asks the operating system for a port and listens on it. The client must know the server’s address and port to reach it. A browser is simply a client that understands HTTP.',
            'The rest of the course explains what those addresses and ports are, and how the bytes find their way from one program to the other.',
          ],
        },
      },
    },
    zh: {
      title: 'C/S 与 B/S：两类网络程序',
      steps: {
        'two-kinds': {
          title: '两类网络程序',
          body: [
            '凡是用到网络的程序，都由互相通信的两部分组成：客户端是给人用的那一端；服务器则一直等着，客户端找上门来就给出回应。两类程序的区别，在于客户端是从哪里来的。',
            '- C/S（客户端/服务器）：要先下载安装厂商自己的客户端。QQ、微信这样的聊天软件，网盘客户端，视频播放器，都属于这一类。',
            '- B/S（浏览器/服务器）：客户端就是你已经装好的浏览器。搜索引擎、知乎这样的问答网站、博客，都属于这一类，不用另装任何东西。',
          ],
        },
        'client-server': {
          title: 'C/S：谁装什么，谁和谁通信',
          body: [
            'C/S 架构里，两端都由厂商自己编写。你电脑上的客户端用厂商自定的协议和厂商的服务器对话，两边必须始终一致：协议一改，所有用户都得装新版客户端。',
            '下面是最小的一对客户端和服务器：netlab 在本机（127.0.0.1）上启动一个 TCP 服务器，再启动一个客户端连上去，发送几个字节。请留意三件事：服务器在某个端口上监听，客户端发起连接，字节到达了另一端。',
          ],
        },
        'browser-server': {
          title: 'B/S：浏览器就是客户端',
          body: [
            'B/S 架构里，客户端是浏览器。浏览器只说一种标准协议 HTTP，却能和任何网站的服务器对话。网站的程序都运行在服务器上，厂商要改网站只需改服务器，用户下次打开网页看到的就是新版本。',
            '接下来 netlab 启动一个小小的网页服务器，再像浏览器那样向它要一个页面。请留意客户端发出的请求（先是 GET / HTTP/1.1 这样的一行，后面是若干头部行），以及服务器的响应（状态行、头部，然后是网页内容）。',
          ],
        },
        compare: {
          title: '两者对比',
          body: [
            {
              head: ['', 'C/S', 'B/S'],
              rows: [
                ['客户端', '需要安装的应用', '浏览器'],
                ['协议', '厂商自定', 'HTTP 或 HTTPS，标准协议'],
                ['更新', '每个用户都要装新版', '只需改服务器一处'],
                ['长处', '速度快，功能多，能离线使用', '免安装'],
                ['例子', 'QQ、微信、网盘客户端', '搜索引擎、知乎、博客'],
              ],
            },
            '很多服务两种形式都有：同一个聊天服务，既有要安装的客户端（C/S），也有网页版（B/S）。',
          ],
        },
        'same-idea': {
          title: '归根结底是同一件事',
          body: [
            '两种架构里，都是一个程序在等，另一个程序先开口。等待的一方是服务器：它向操作系统申请一个端口，在上面监听。客户端必须知道服务器的地址和端口，才能找到它。浏览器也不过是一个懂 HTTP 的客户端。',
            '后面的课程会讲清楚这些地址和端口是什么，字节又是怎样从一个程序送到另一个程序手里的。',
          ],
        },
      },
    },
  },
};
