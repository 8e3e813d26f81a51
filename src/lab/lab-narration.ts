import { labWords } from './_lab-words.js';
import type { FrameFacts } from './describe-frame.js';

/** The steps an experiment narrates, each a message `step.ID` of content/messages/LANG/lab.json. */
export const LAB_STEPS = [
  'arp.before',
  'arp.after',
  'gateway.across',
  'gateway.ttl-one',
  'gateway.wrong-mask',
  'demo.start',
  'demo.listening',
  'bind.round',
] as const;

/** The kernel-versus-simulation checks, each a message `compare.ID`. */
export const LAB_CHECKS = [
  'arp.frames',
  'gateway.ttl',
  'gateway.ips',
  'gateway.macs',
  'gateway.ttl-one',
  'gateway.same-subnet',
  'gateway.arp-for-c',
  'demo.handshake',
  'bind.answer',
  'bind.client',
] as const;

export type LabStepId = (typeof LAB_STEPS)[number];
export type LabCheckId = (typeof LAB_CHECKS)[number];

/** The values a step's or a check's words are filled with: the same in every language. */
export type LabParams = Readonly<Record<string, string | number>>;

/**
 * A step of an experiment. `id` and `params` say it in any language; `text` is its English words,
 * kept for scripts written before the id existed.
 */
export interface LabStepEvent {
  readonly event: 'step';
  readonly id: LabStepId;
  readonly params: LabParams;
  readonly text: string;
}

/**
 * A check of the kernel against the simulation: `what` is its English words (as `text` of a step),
 * `kernel` and `simulation` the values compared. A value that is a word is an English token from a
 * fixed set ("true", "nothing", "time to live exceeded"), and frames are compared by their English
 * lines, with the frames themselves in `frames` so any language can show them.
 */
export interface LabCompareEvent {
  readonly event: 'compare';
  readonly id: LabCheckId;
  readonly params: LabParams;
  readonly what: string;
  readonly kernel: string;
  readonly simulation: string;
  readonly same: boolean;
  readonly frames?: {
    readonly kernel: readonly FrameFacts[];
    readonly simulation: readonly FrameFacts[];
  };
}

/** One side of a check: a value, or the frames whose lines are compared. */
export type CheckValue = string | readonly FrameFacts[];

/** A step event: the English words come from content/messages/en/lab.json. */
export function stepEvent(id: LabStepId, params: LabParams = {}): LabStepEvent {
  return { event: 'step', id, params, text: labWords('en').format(`step.${id}`, params) };
}

const asText = (value: CheckValue): string =>
  typeof value === 'string' ? value : value.map((frame) => frame.line).join('\n');

/** A check event; the two sides are the same when their values (or frame lines) are. */
export function compareEvent(
  id: LabCheckId,
  sides: { readonly kernel: CheckValue; readonly simulation: CheckValue },
  params: LabParams = {},
): LabCompareEvent {
  const [kernel, simulation] = [asText(sides.kernel), asText(sides.simulation)];
  const what = labWords('en').format(`compare.${id}`, params);
  const frames =
    typeof sides.kernel === 'string' || typeof sides.simulation === 'string'
      ? {}
      : { frames: { kernel: sides.kernel, simulation: sides.simulation } };
  return {
    event: 'compare',
    id,
    params,
    what,
    kernel,
    simulation,
    same: kernel === simulation,
    ...frames,
  };
}
