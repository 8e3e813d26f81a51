import type { ExitCode } from '../core/exit-code.js';
import type { Question } from './question.js';

/** What the student is asked to type in place of an example argument. */
export type AskKind = 'mac';

/** An argument the student may replace on a terminal; played straight through, `example` is used. */
export interface AskedArg {
  readonly ask: AskKind;
  readonly example: string;
}

/** One argument of an action: fixed text, or a value the student may type. */
export type ActionArg = string | AskedArg;

/**
 * A netlab command line a step runs, written as the student would type it after "netlab".
 * @example { args: ['same-subnet', '10.1.2.3', '10.1.9.9', '255.255.0.0'] }
 */
export interface Action {
  readonly args: readonly ActionArg[];
  /** The exit code the step means to show (2 for a step that shows a refusal). Default 0. */
  readonly expectExit?: ExitCode;
}

/**
 * A step's experiment on a real LAN (`netlab lab EXPERIMENT`: hosts in network namespaces on the
 * student's machine), and the simulation that stands in where no lab can run or none is wanted.
 */
export interface LabExperiment {
  /** One of the lab's experiments (src/lab/experiment-ids.ts). */
  readonly experiment: string;
  readonly simulation: readonly Action[];
}

/** One step of a lesson: its place in the lesson, and the commands it runs or suggests. */
export interface Step<K extends string = string> {
  readonly id: K;
  /** Run in order after the step's text, each shown as "$ netlab ...". */
  readonly actions?: readonly Action[];
  /** Run after the actions: on a real LAN when the lesson may and can, else its simulation. */
  readonly lab?: LabExperiment;
  /** Shown for the student to try later but not run, e.g. the two halves of a chat. */
  readonly tryLater?: readonly (readonly string[])[];
}

/** A table in a step's text; cells are measured in terminal columns when drawn. */
export interface TableBlock {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Lines printed as they are (a diagram); each must fit 80 columns. */
export interface PreBlock {
  readonly pre: readonly string[];
}

/** A piece of a step's text: a paragraph ("- " starts a bullet), a table or a diagram. */
export type Block = string | TableBlock | PreBlock;

/** A step's words in one language. */
export interface StepText {
  readonly title: string;
  readonly body: readonly Block[];
}

/** A lesson's words in one language, as read from its Markdown file: a text for each step id. */
export interface LessonText {
  readonly title: string;
  readonly steps: Readonly<Record<string, StepText>>;
}

/**
 * A lesson: its structure (steps, actions, questions). Its words live in
 * content/lessons/LANG/ID.md, one `{#step-id}` heading per step (see lesson-words.ts);
 * `npm run check:content` makes sure every step has them in every language.
 */
export interface Lesson<K extends string = string> {
  readonly id: string;
  /** About how long a class spends on it. */
  readonly minutes: number;
  readonly steps: readonly Step<K>[];
  readonly questions: readonly Question[];
}
