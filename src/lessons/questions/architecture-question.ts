import type { Lang } from '../../core/lang.js';
import type { Choice } from '../answer.js';
import type { Question } from '../question.js';

type Named = Readonly<Record<Lang, string>>;

/** The two kinds of networked program the course starts with. */
type Architecture = 'c/s' | 'b/s';

/** A program as a student meets it, and which kind it is used as. */
interface ArchitectureExample {
  readonly architecture: Architecture;
  /** How the student uses it: what the question says. */
  readonly use: Named;
  /** Where its client comes from: the explanation. */
  readonly client: Named;
}

/*
 * The course's examples (seed notes, "软件开发的架构"): QQ, WeChat, cloud drives and Youku are
 * desktop apps you install (C/S); Baidu, Zhihu and cnblogs are used in the browser (B/S). Many
 * services offer both, so each question says how the program is used.
 */
const EXAMPLES = {
  'qq-app': {
    architecture: 'c/s',
    use: {
      en: 'You chat with friends in the QQ app you downloaded from Tencent and installed.',
      zh: '你在从腾讯下载并安装的 QQ 软件里和朋友聊天。',
    },
    client: {
      en: 'the client is Tencent’s own program, installed on your computer, and it speaks Tencent’s own protocol to Tencent’s servers; a new version means installing an update',
      zh: '客户端是腾讯自己写的程序，装在你的电脑上，用腾讯自己的协议和腾讯的服务器通信；出了新版本就要安装更新',
    },
  },
  'search-in-browser': {
    architecture: 'b/s',
    use: {
      en: 'You search with Baidu in the web browser your computer came with, and install nothing.',
      zh: '你用电脑自带的浏览器打开百度搜索，什么软件都没装。',
    },
    client: {
      en: 'the client is the web browser you already had, which speaks the standard HTTP to any web server; the search runs on Baidu’s servers, and a change there reaches you at the next page load',
      zh: '客户端就是你本来就有的浏览器，它用标准的 HTTP 协议和任何网站的服务器通信；搜索在百度的服务器上运行，网站一改，你下次打开页面就是新版',
    },
  },
} as const satisfies Readonly<Record<string, ArchitectureExample>>;

/** An example the course asks about: a key of the table above. */
export type ArchitectureExampleId = keyof typeof EXAMPLES;

const CHOICES: readonly Choice[] = [
  { id: 'c/s', label: { en: 'C/S (client/server)', zh: 'C/S（客户端/服务器）' } },
  { id: 'b/s', label: { en: 'B/S (browser/server)', zh: 'B/S（浏览器/服务器）' } },
];

/**
 * "Is this program C/S or B/S?", answered from the course's own examples (EXAMPLES above): C/S
 * when the vendor's client is installed, B/S when the client is the browser.
 * @example architectureQuestion('search-in-browser') // answer: B/S (browser/server)
 */
export function architectureQuestion(example: ArchitectureExampleId): Question {
  return {
    kind: 'c-s-or-b-s',
    solve: () => {
      const { architecture, use, client }: ArchitectureExample = EXAMPLES[example];
      const name = architecture === 'c/s' ? 'C/S' : 'B/S';
      return {
        answer: { kind: 'choice', value: architecture, choices: CHOICES },
        text: {
          en: { ask: `${use.en} Is that C/S or B/S?`, because: `${name}: ${client.en}.` },
          zh: { ask: `${use.zh}这是 C/S 还是 B/S？`, because: `${name}：${client.zh}。` },
        },
      };
    },
  };
}
