import type { MessageParams } from '../text/message-catalogue.js';
import type { PracticeAnswer } from './practice-answer.js';

/** The difficulty of a drill; each topic says what it means for its own questions. */
export type Level = 'easy' | 'medium' | 'hard';

/** Every level, easiest first. */
export const LEVELS: readonly Level[] = ['easy', 'medium', 'hard'];

/** A message in the practice catalogue and the values it is filled with. */
export interface MessageRef {
  readonly key: string;
  /** The message area the key is in, when it is not practice's own (a port's words: "ports"). */
  readonly area?: string;
  /** Values, or messages of their own (a word such as "client" that differs by language). */
  readonly params?: Readonly<Record<string, MessageParams[string] | MessageRef>>;
}

/** One generated question with its answer and explanation, both worked out by a calculator. */
export interface Drill {
  readonly topic: string;
  readonly level: Level;
  /** What is asked, e.g. "broadcast"; stable for graders. */
  readonly ask: string;
  /** The inputs of the question, e.g. { address: "10.1.2.3", prefix: 21 }. */
  readonly given: Readonly<Record<string, string | number>>;
  readonly prompt: MessageRef;
  readonly answer: PracticeAnswer;
  /** The worked explanation, built from the calculator's result. */
  readonly because: MessageRef;
}
