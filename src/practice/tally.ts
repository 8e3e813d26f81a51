import type { ReplyVerdict } from '../lessons/answer.js';

/** The running score of a drill: right answers, the streak, and how each topic went. */
export interface Tally {
  readonly right: number;
  readonly asked: number;
  readonly streak: number;
  readonly bestStreak: number;
  readonly byTopic: ReadonlyMap<string, { readonly right: number; readonly asked: number }>;
}

/** The tally before any question. */
export const EMPTY_TALLY: Tally = {
  right: 0,
  asked: 0,
  streak: 0,
  bestStreak: 0,
  byTopic: new Map(),
};

/** The tally after one checked answer in `topic`. */
export function addVerdict(
  tally: Tally,
  topic: string,
  verdict: Exclude<ReplyVerdict, 'unreadable'>,
): Tally {
  const right = verdict === 'right' ? 1 : 0;
  const streak = right === 1 ? tally.streak + 1 : 0;
  const before = tally.byTopic.get(topic) ?? { right: 0, asked: 0 };
  const byTopic = new Map(tally.byTopic);
  byTopic.set(topic, { right: before.right + right, asked: before.asked + 1 });
  return {
    right: tally.right + right,
    asked: tally.asked + 1,
    streak,
    bestStreak: Math.max(tally.bestStreak, streak),
    byTopic,
  };
}
