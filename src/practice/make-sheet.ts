import { InputError } from '../core/errors.js';
import { type Drill, LEVELS, type Level } from './drill.js';
import { createPrng } from './prng.js';
import type { Topic } from './topic.js';
import { TOPICS } from './topics/index.js';

/** What a sheet is made from: the same settings always give the same questions in the same order. */
export interface SheetSettings {
  readonly seed: string;
  /** Topic names; empty means every topic. */
  readonly topics: readonly string[];
  readonly count: number;
  readonly level: Level;
}

/** A numbered question of a sheet. */
export interface SheetItem extends Drill {
  readonly n: number;
}

/** The largest --count: a long exam, not a loop that runs for ever. */
export const MAX_COUNT = 500;

/** Looks up topic names, refusing unknown ones with the list of known ones. */
export function findTopics(names: readonly string[]): Topic[] {
  if (names.length === 0) return [...TOPICS];
  return names.map((name) => {
    const topic = TOPICS.find((candidate) => candidate.id === name);
    if (topic !== undefined) return topic;
    throw new InputError('unknown-topic', {
      value: name,
      choices: TOPICS.map((t) => t.id).join(', '),
    });
  });
}

/** Reads a --level. */
export function parseLevel(text: string): Level {
  const level = LEVELS.find((candidate) => candidate === text);
  if (level !== undefined) return level;
  throw new InputError('unknown-level', { value: text, choices: LEVELS.join(', ') });
}

/** Reads a --count: a whole number from 1 to 500. */
export function parseCount(text: string): number {
  if (/^[1-9][0-9]{0,2}$/.test(text) && Number(text) <= MAX_COUNT) return Number(text);
  throw new InputError('bad-question-count', { value: JSON.stringify(text), max: MAX_COUNT });
}

/**
 * The questions of a sheet: topics in turn, each question drawn from one PRNG stream seeded with
 * the seed, so a student's sheet and the teacher's key are the same.
 * @example makeSheet({ seed: 's1234', topics: ['subnet'], count: 5, level: 'easy' })
 */
export function makeSheet(settings: SheetSettings): SheetItem[] {
  const topics = findTopics(settings.topics);
  const rng = createPrng(
    `${settings.seed}\u0000${settings.level}\u0000${topics.map((t) => t.id).join(',')}`,
  );
  return Array.from({ length: settings.count }, (_, index) => {
    const topic = topics[index % topics.length] as Topic;
    return { n: index + 1, ...topic.make(rng, settings.level) };
  });
}
