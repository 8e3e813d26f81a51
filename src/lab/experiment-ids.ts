/**
 * The lab's verbs and its guided experiments (the experiments in the order the course meets
 * them): a module of its own, so the command table and completion name them without loading
 * the lab.
 */
export const LAB_VERBS = ['up', 'down', 'status', 'run', 'shell', 'capture'] as const;

/** The guided experiments (see LAB_VERBS). */
export const EXPERIMENTS = [
  'arp',
  'gateway',
  'tcp',
  'sticky',
  'udp',
  'chat',
  'transfer',
  'bind',
] as const;

export type ExperimentId = (typeof EXPERIMENTS)[number];
