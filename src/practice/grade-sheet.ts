import { InputError } from '../core/errors.js';
import type { SheetItem } from './make-sheet.js';
import { canonicalAnswer, checkPracticeReply } from './practice-answer.js';

/** What the grader made of one question's answer. */
export type GradeVerdict = 'right' | 'wrong' | 'unparsed' | 'missing';

/** One graded question. */
export interface GradedItem {
  readonly item: SheetItem;
  readonly verdict: GradeVerdict;
  /** The student's answer as written; null when there was none. */
  readonly given: string | null;
}

function rowAnswer(line: string, number: number): [number, string] {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    throw new InputError('answers-not-json', { line: number, text: line.slice(0, 60) });
  }
  const { n, answer } = (row ?? {}) as { n?: unknown; answer?: unknown };
  if (typeof n !== 'number' || !Number.isInteger(n) || typeof answer !== 'string') {
    throw new InputError('answers-bad-row', { line: number });
  }
  return [n, answer];
}

/**
 * Reads a student's answers: NDJSON rows `{"n": 3, "answer": "10.0.0.0"}` when the first line
 * that is not blank starts with "{", otherwise one answer a line (line 1 answers question 1).
 */
export function readAnswers(text: string): Map<number, string> {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const ndjson =
    lines
      .find((line) => line.trim() !== '')
      ?.trimStart()
      .startsWith('{') === true;
  if (!ndjson) return new Map(lines.map((line, index) => [index + 1, line]));
  return new Map(
    lines.flatMap((line, index) => (line.trim() === '' ? [] : [rowAnswer(line, index + 1)])),
  );
}

/** Grades each question of the sheet against the answers; a blank or absent answer is "missing". */
export function gradeSheet(
  items: readonly SheetItem[],
  answers: ReadonlyMap<number, string>,
): GradedItem[] {
  return items.map((item) => {
    const given = answers.get(item.n);
    if (given === undefined || given.trim() === '')
      return { item, verdict: 'missing', given: null };
    const checked = checkPracticeReply(item.answer, given);
    const verdict = checked === 'unreadable' ? 'unparsed' : checked;
    return { item, verdict, given };
  });
}

/** The grader's NDJSON row for one question; `why` (English) explains a wrong or unparsed answer. */
export function gradedJson(graded: GradedItem, why: string): Record<string, unknown> {
  const { item, verdict, given } = graded;
  return {
    n: item.n,
    topic: item.topic,
    ask: item.ask,
    verdict,
    given,
    answer: canonicalAnswer(item.answer),
    ...(verdict === 'right' ? {} : { why }),
  };
}
