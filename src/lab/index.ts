export { type Capture, type CaptureOptions, startCapture } from './capture.js';
export { describeFrame, type FrameFacts } from './describe-frame.js';
export type { ExperimentIo, LabEvent } from './experiment-kit.js';
export {
  EXPERIMENTS,
  type ExperimentId,
  type ExperimentResult,
  runExperiment,
} from './experiments.js';
export { renderLabEvent } from './lab-event-text.js';
export {
  findLab,
  findLabs,
  labCommand,
  type RunningLab,
  startLab,
  stopLab,
} from './lab-owner.js';
export { BUILT_IN_TOPOLOGIES, loadTopology } from './load-topology.js';
export { checkTopology } from './parse-topology.js';
export { type LabProbe, probeLab } from './probe-lab.js';
export { labTopology, runInLab, spawnInLab } from './run-in-lab.js';
export type { LabHost, LabInterface, Topology } from './topology.js';
