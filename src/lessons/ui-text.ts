import type { ExitCode } from '../core/exit-code.js';
import type { Lang } from '../core/lang.js';
import type { Answer } from './answer.js';
import type { AskKind } from './lesson.js';

/** The player's own words (headings, prompts, verdicts) in one language. */
export interface UiText {
  readonly lessonHeading: (position: number, total: number, id: string) => string;
  readonly length: (steps: number, minutes: number) => string;
  readonly stepHeading: (position: number, total: number, title: string) => string;
  /** Shown after each step on a terminal. */
  readonly pause: string;
  /** Shown between lessons of the tour on a terminal. */
  readonly nextLesson: (title: string) => string;
  readonly betweenLessons: string;
  readonly ask: Readonly<Record<AskKind, (example: string) => string>>;
  readonly actionFailed: (code: ExitCode) => string;
  readonly tryLater: string;
  readonly questionsHeading: string;
  /** Added after a question so the student knows what form to answer in. */
  readonly replyForm: Readonly<Record<Answer['kind'], string>>;
  readonly answerIs: (answer: string) => string;
  readonly right: string;
  readonly wrong: (answer: string) => string;
  readonly unreadable: Readonly<Record<Answer['kind'], string>>;
  readonly skipped: (answer: string) => string;
  readonly checkYourself: string;
  readonly score: (right: number, total: number) => string;
  readonly end: (id: string) => string;
  readonly listHead: readonly [id: string, title: string, steps: string, minutes: string];
  readonly listFooter: string;
}

/** The player's words in every language; a missing one is a type error. */
export const UI_TEXT: Readonly<Record<Lang, UiText>> = {
  en: {
    lessonHeading: (position, total, id) => `Lesson ${position} of ${total}: ${id}`,
    length: (steps, minutes) => `${steps} steps, about ${minutes} minutes`,
    stepHeading: (position, total, title) => `[${position}/${total}] ${title}`,
    pause: 'Enter: next, b: back, q: quit',
    nextLesson: (title) => `Next lesson: ${title}`,
    betweenLessons: 'Enter: next lesson, q: quit',
    ask: {
      mac: (example) => `Type a MAC address to decode (Enter for ${example}): `,
    },
    actionFailed: (code) => `(that command ended with exit code ${code}; the lesson goes on)`,
    tryLater: 'Try it yourself later:',
    questionsHeading: 'Check your understanding',
    replyForm: {
      'yes-no': '(y/n)',
      number: '(a number)',
      address: '(an address)',
      bytes: '(bytes in hex, e.g. 0a ff)',
      choice: '(type a number from the list)',
    },
    answerIs: (answer) => `Answer: ${answer}.`,
    right: 'Right.',
    wrong: (answer) => `Not quite: the answer is ${answer}.`,
    unreadable: {
      'yes-no': 'Please answer y or n (Enter to see the answer).',
      number: 'Please type a whole number such as 254 (Enter to see the answer).',
      address: 'Please type a dotted address such as 192.168.1.0 (Enter to see the answer).',
      bytes: 'Please type bytes as pairs of hex digits, such as 00 1a (Enter to see the answer).',
      choice: 'Please type one of the numbers in the list (Enter to see the answer).',
    },
    skipped: (answer) => `The answer is ${answer}.`,
    checkYourself: 'Work it out with netlab:',
    score: (right, total) => `You answered ${right} of ${total} correctly.`,
    end: (id) => `End of lesson "${id}".`,
    listHead: ['id', 'title', 'steps', 'min'],
    listFooter: 'Play one with "netlab lesson ID", or all of them with "netlab tour".',
  },
  zh: {
    lessonHeading: (position, total, id) => `第 ${position} 课（共 ${total} 课）：${id}`,
    length: (steps, minutes) => `共 ${steps} 步，约 ${minutes} 分钟`,
    stepHeading: (position, total, title) => `[${position}/${total}] ${title}`,
    pause: '回车：下一步，b：上一步，q：退出',
    nextLesson: (title) => `下一课：${title}`,
    betweenLessons: '回车：下一课，q：退出',
    ask: {
      mac: (example) => `请输入一个要解读的 MAC 地址（直接回车则用 ${example}）：`,
    },
    actionFailed: (code) => `（这条命令的退出码是 ${code}，课程继续）`,
    tryLater: '课后可以自己试试：',
    questionsHeading: '想一想，答一答',
    replyForm: {
      'yes-no': '（是/否，也可输入 y/n）',
      number: '（填一个数）',
      address: '（填一个地址）',
      bytes: '（用十六进制写出各字节，如 0a ff）',
      choice: '（输入列表中的序号）',
    },
    answerIs: (answer) => `答案：${answer}。`,
    right: '答对了。',
    wrong: (answer) => `不对，答案是 ${answer}。`,
    unreadable: {
      'yes-no': '请回答“是”或“否”（直接回车可查看答案）。',
      number: '请输入一个整数，比如 254（直接回车可查看答案）。',
      address: '请输入点分十进制地址，比如 192.168.1.0（直接回车可查看答案）。',
      bytes: '请用两位十六进制数写出每个字节，比如 00 1a（直接回车可查看答案）。',
      choice: '请输入列表中的一个序号（直接回车可查看答案）。',
    },
    skipped: (answer) => `答案是 ${answer}。`,
    checkYourself: '用 netlab 算一算：',
    score: (right, total) => `${total} 道题答对了 ${right} 道。`,
    end: (id) => `“${id}”这一课结束。`,
    listHead: ['编号', '课程', '步数', '分钟'],
    listFooter: '用“netlab lesson 编号”播放一课，用“netlab tour”按顺序播放全部。',
  },
};
