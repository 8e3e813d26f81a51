import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Capture, startCapture } from './capture.js';
import { describeFrame, type FrameFacts } from './describe-frame.js';
import {
  type CheckValue,
  compareEvent,
  type LabCheckId,
  type LabCompareEvent,
  type LabParams,
  type LabStepEvent,
  type LabStepId,
  stepEvent,
} from './lab-narration.js';
import { type RunningLab, startLab, stopLab } from './lab-owner.js';
import { loadTopology } from './load-topology.js';
import type { CapturedFrame } from './pcap-stream.js';
import { type LabRun, runInLab } from './run-in-lab.js';

/** The longest one command of an experiment may run. */
export const STEP_TIMEOUT_MS = 30_000;

/**
 * What an experiment reports, one event at a time: `--json` prints them as they are, in every
 * language; the text view narrates them in the student's.
 */
export type LabEvent =
  | LabStepEvent
  | { readonly event: 'frame'; readonly on: string; readonly n: number; readonly frame: FrameFacts }
  | {
      readonly event: 'command';
      readonly host: string;
      readonly argv: readonly string[];
      readonly code: number | null;
      readonly output: string;
    }
  | LabCompareEvent;

/** Where an experiment sends its events. */
export interface ExperimentIo {
  readonly emit: (event: LabEvent) => void;
}

/** The netlab binary to run inside lab hosts: the running bundle's own, or dist/ in a checkout. */
export function netlabArgv(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'netlab.cjs');
  const built = join(here, '..', '..', 'dist', 'netlab.cjs');
  return [process.execPath, existsSync(bundled) ? bundled : built];
}

/** A lab an experiment built for itself, with helpers that report what they do. */
export class ExperimentLab {
  private readonly captures = new Map<string, Capture>();

  private constructor(
    readonly lab: RunningLab,
    private readonly io: ExperimentIo,
  ) {}

  /** Builds topology `name` in the foreground, then runs `body`, and always removes the lab. */
  static async with<T>(
    name: string,
    io: ExperimentIo,
    body: (lab: ExperimentLab) => Promise<T>,
  ): Promise<T> {
    const topology = await loadTopology(name, process.cwd());
    const lab = await startLab(topology, { name: `experiment-${process.pid}`, background: false });
    try {
      return await body(new ExperimentLab(lab, io));
    } finally {
      await stopLab(lab);
    }
  }

  /** Runs a command on a host (or on the switches when `host` is "switch") and reports it. */
  async run(host: string, argv: readonly string[]): Promise<LabRun> {
    const where = host === 'switch' ? null : host;
    const result = await runInLab(this.lab, where, argv, { timeoutMs: STEP_TIMEOUT_MS });
    const output = `${result.stdout}${result.stderr}`.trimEnd();
    this.io.emit({ event: 'command', host, argv, code: result.code, output });
    return result;
  }

  /** Narrates step `id` (content/messages/LANG/lab.json has its words). */
  step(id: LabStepId, params?: LabParams): void {
    this.io.emit(stepEvent(id, params));
  }

  /** Reports check `id`: what the kernel did against what the simulation predicts. */
  compare(
    id: LabCheckId,
    sides: { readonly kernel: CheckValue; readonly simulation: CheckValue },
    params?: LabParams,
  ): void {
    this.io.emit(compareEvent(id, sides, params));
  }

  /** Starts capturing on a switch; frames are reported when `frames` is called. */
  async capture(on: string): Promise<void> {
    this.captures.set(on, await startCapture(this.lab, on, { maxSeconds: STEP_TIMEOUT_MS / 1000 }));
  }

  /** Stops every capture, reports their frames, and returns them by switch. */
  async frames(
    complete?: (on: string, frames: readonly FrameFacts[]) => boolean,
  ): Promise<Map<string, FrameFacts[]>> {
    const all = new Map<string, FrameFacts[]>();
    for (const [on, capture] of this.captures) {
      const stopped = await capture.stop(
        (frames) =>
          complete?.(
            on,
            frames.map((frame) => describeFrame(frame.bytes)),
          ) ?? false,
      );
      const facts = stopped.frames.map((frame) => describeFrame(frame.bytes));
      facts.forEach((frame, index) => {
        this.io.emit({ event: 'frame', on, n: index + 1, frame });
      });
      all.set(on, facts);
      this.captured.push(...stopped.frames);
    }
    this.captures.clear();
    return all;
  }

  /** Every frame of every capture stopped so far, for `--pcap`. */
  readonly captured: CapturedFrame[] = [];
}
