import type { Drill, Level } from './drill.js';
import type { Prng } from './prng.js';

/** A kind of drill: its name on the command line and how it makes one question. */
export interface Topic {
  readonly id: string;
  /** Draws one question of the level from `rng`, its answer computed by a calculator. */
  readonly make: (rng: Prng, level: Level) => Drill;
}
