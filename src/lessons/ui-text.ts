import type { ExitCode } from '../core/exit-code.js';
import { messageCatalogue } from '../text/message-catalogue.js';
import type { Answer } from './answer.js';
import type { AskKind } from './lesson.js';

/** Every kind of answer, for the per-kind prompts; a kind left out is a type error. */
const ANSWER_KINDS = Object.keys({
  'yes-no': true,
  number: true,
  address: true,
  bytes: true,
  choice: true,
} satisfies Record<Answer['kind'], true>) as Answer['kind'][];

const built = new Map<string, UiText>();

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
  /** Why a step's real-LAN experiment gave way to its simulation. */
  readonly labStandIn: {
    readonly declined: (experiment: string) => string;
    readonly straightThrough: (experiment: string) => string;
    readonly cannot: (experiment: string, why: string) => string;
  };
  readonly questionsHeading: string;
  /** Added after a question so the student knows what form to answer in. */
  readonly replyForm: Readonly<Record<Answer['kind'], string>>;
  readonly answerIs: (answer: string) => string;
  readonly right: string;
  readonly wrong: (answer: string) => string;
  readonly unreadable: Readonly<Record<Answer['kind'], string>>;
  /** Why a reply with a full-width character was not read, and the reply typed half-width. */
  readonly fullWidth: (char: string, text: string) => string;
  readonly skipped: (answer: string) => string;
  readonly checkYourself: string;
  readonly score: (right: number, total: number) => string;
  readonly end: (id: string) => string;
  readonly listHead: readonly [id: string, title: string, steps: string, minutes: string];
  readonly listFooter: string;
}

/**
 * The player's words in `lang`, from content/messages/LANG/lessons.json (English for a key that
 * language lacks). Read once per language.
 */
export function uiText(lang: string): UiText {
  const cached = built.get(lang);
  if (cached !== undefined) return cached;
  const { format } = messageCatalogue(lang, 'lessons');
  const byKind = <K extends string>(prefix: string, kinds: readonly K[]) =>
    Object.fromEntries(kinds.map((kind) => [kind, format(`${prefix}.${kind}`)])) as Record<
      K,
      string
    >;
  const text: UiText = {
    lessonHeading: (position, total, id) => format('lessonHeading', { position, total, id }),
    length: (steps, minutes) => format('length', { count: steps, minutes }),
    stepHeading: (position, total, title) => format('stepHeading', { position, total, title }),
    pause: format('pause'),
    nextLesson: (title) => format('nextLesson', { title }),
    betweenLessons: format('betweenLessons'),
    ask: { mac: (example) => format('ask.mac', { example }) },
    actionFailed: (code) => format('actionFailed', { code }),
    tryLater: format('tryLater'),
    labStandIn: {
      declined: (experiment) => format('lab.declined', { experiment }),
      straightThrough: (experiment) => format('lab.straightThrough', { experiment }),
      cannot: (experiment, why) => format('lab.cannot', { experiment, why }),
    },
    questionsHeading: format('questionsHeading'),
    replyForm: byKind('replyForm', ANSWER_KINDS),
    answerIs: (answer) => format('answerIs', { answer }),
    right: format('right'),
    wrong: (answer) => format('wrong', { answer }),
    unreadable: byKind('unreadable', ANSWER_KINDS),
    fullWidth: (char, text) => format('unreadable.fullWidth', { char, text }),
    skipped: (answer) => format('skipped', { answer }),
    checkYourself: format('checkYourself'),
    score: (right, total) => format('score', { right, total }),
    end: (id) => format('end', { id }),
    listHead: [
      format('listHead.id'),
      format('listHead.title'),
      format('listHead.steps'),
      format('listHead.minutes'),
    ],
    listFooter: format('listFooter'),
  };
  built.set(lang, text);
  return text;
}
