import type { Lang } from '../core/lang.js';
import type { Answer } from './answer.js';

/** A question and its explanation in one language. */
export interface QuestionText {
  /** The question as asked, values included. */
  readonly ask: string;
  /** Why the answer is what it is, from the calculator's own result. */
  readonly because: string;
}

/** A question with its answer worked out by a calculator. */
export interface SolvedQuestion {
  readonly answer: Answer;
  readonly text: Readonly<Record<Lang, QuestionText>>;
  /** The netlab command line (after "netlab") that shows the same computation, if one does. */
  readonly check?: readonly string[];
}

/**
 * A check-your-understanding question. Its answer is not written down: `solve` computes it with
 * netlab's calculators each time, so the question and the tool can never disagree.
 */
export interface Question {
  /** What is asked, for --json: e.g. "same-subnet". */
  readonly kind: string;
  readonly solve: () => SolvedQuestion;
}
