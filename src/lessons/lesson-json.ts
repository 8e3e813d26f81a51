import { builtInLang, type ContentLang, inLang } from '../core/lang.js';
import { formatAnswer } from './answer.js';
import { formatCommandLine } from './command-line.js';
import type { Action, Block, Lesson, Step } from './lesson.js';
import { lessonWords } from './lesson-words.js';
import { stepText } from './step-text.js';

/** One step as `--json` shows it: its words and the command lines it runs or suggests. */
export interface StepJson {
  readonly id: string;
  readonly title: string;
  readonly body: readonly Block[];
  readonly commands: readonly string[];
  readonly tryLater: readonly string[];
  /** The step's experiment on a real LAN, which its simulation (in `commands`) stands in for. */
  readonly lab: string | null;
}

/** One question as `--json` shows it, with the answer netlab computed. */
export interface QuestionJson {
  readonly kind: string;
  readonly question: string;
  readonly answer: string;
  readonly because: string;
  readonly check: string | null;
}

/** A whole lesson in one language, for scripts and graders (`netlab lesson ID --json`). */
export interface LessonJson {
  readonly id: string;
  readonly lang: ContentLang;
  readonly title: string;
  readonly minutes: number;
  readonly steps: readonly StepJson[];
  readonly questions: readonly QuestionJson[];
}

/** An action's arguments as played straight through in `lang`: examples filled in, `--lang` passed on. */
export function actionArgs(action: Action, lang: ContentLang): string[] {
  return [
    ...action.args.map((arg) => (typeof arg === 'string' ? arg : arg.example)),
    '--lang',
    builtInLang(lang),
  ];
}

/**
 * The actions a step plays straight through, as piped output and handouts show it: its own, then
 * the simulation standing in for its real-LAN experiment.
 */
export function straightThroughActions(step: Step): readonly Action[] {
  return [...(step.actions ?? []), ...(step.lab?.simulation ?? [])];
}

/** What a handout offers to try after a step: its suggestions, then its real-LAN experiment. */
export function laterCommands(step: StepJson): readonly string[] {
  return [...step.tryLater, ...(step.lab === null ? [] : [step.lab])];
}

/** The lesson's text, commands and computed answers as plain data; nothing is run. */
export function lessonJson(lesson: Lesson, lang: ContentLang): LessonJson {
  return {
    id: lesson.id,
    lang,
    title: lessonWords(lesson, lang).title,
    minutes: lesson.minutes,
    steps: lesson.steps.map((step, index) => {
      const text = stepText(lesson, index, lang);
      return {
        id: step.id,
        title: text.title,
        body: text.body,
        commands: straightThroughActions(step).map((action) =>
          formatCommandLine(actionArgs(action, lang)),
        ),
        tryLater: (step.tryLater ?? []).map(formatCommandLine),
        lab: step.lab === undefined ? null : formatCommandLine(['lab', step.lab.experiment]),
      };
    }),
    questions: lesson.questions.map((question) => {
      const solved = question.solve();
      return {
        kind: question.kind,
        question: inLang(solved.text, lang).ask,
        answer: formatAnswer(solved.answer, lang),
        because: inLang(solved.text, lang).because,
        check: solved.check === undefined ? null : formatCommandLine(solved.check),
      };
    }),
  };
}
