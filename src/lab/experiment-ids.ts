/** The guided experiments, in the order the course meets them (a module of its own, so the command table can name them without loading the lab). */
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
