import type { LabChoice, LabVerdict } from '../../src/lessons/play-lesson.js';

/**
 * The lab options of a lesson played as `netlab lesson ID` plays it: a real LAN only on a
 * terminal. Played straight through, the lab is never probed, so the probe here refuses loudly.
 */
export const STRAIGHT_THROUGH_LAB: {
  readonly lab: LabChoice;
  readonly labCheck: () => Promise<LabVerdict>;
} = {
  lab: 'terminal',
  labCheck: () => Promise.reject(new Error('a lesson played straight through probed for a lab')),
};
