import { once } from 'node:events';
import { NetlabError } from '../core/errors.js';
import type { RunningLab } from './lab-owner.js';
import { type CapturedFrame, PcapStream } from './pcap-stream.js';
import { spawnInLab } from './run-in-lab.js';

/** The most frames one capture keeps; dumpcap stops by itself there. */
export const MAX_CAPTURE_FRAMES = 5000;
/** The most bytes of pcap one capture keeps (dumpcap's own stop is in kB). */
export const MAX_CAPTURE_KB = 8192;
/** The longest a capture runs, in seconds, even when nobody stops it. */
export const MAX_CAPTURE_SECONDS = 600;
/** How long `stop` waits for frames still in the kernel's buffer when `complete` never holds. */
const SETTLE_MS = 600;
/**
 * dumpcap's libpcap buffer timeout: the kernel hands its ring's open block of frames over when
 * this timer ticks (TPACKET_V3), and SIGTERM loses the frames of a block not yet handed over.
 */
const BLOCK_TIMEOUT_MS = 250;
/** After this long past `stop`, every frame sent before it has been handed over: one tick, plus slack. */
const FLUSH_MS = BLOCK_TIMEOUT_MS + 100;

/** A capture running on one switch or cable of a lab. */
export interface Capture {
  /** Every frame so far, in order. */
  readonly frames: CapturedFrame[];
  /**
   * Stops dumpcap and returns the frames with the pcap bytes. The kernel hands dumpcap frames in
   * blocks (up to libpcap's 250 ms buffer timeout), so it first waits until `complete` says the
   * frames the caller expects are in and FLUSH_MS passed (frames sent just after those are in the
   * next block), or SETTLE_MS passed without it.
   */
  readonly stop: (
    complete?: (frames: readonly CapturedFrame[]) => boolean,
  ) => Promise<{ frames: CapturedFrame[]; pcap: Uint8Array }>;
}

/** Options for `startCapture`. */
export interface CaptureOptions {
  /** Called with each frame as it arrives (the live view). */
  readonly onFrame?: (frame: CapturedFrame) => void;
  readonly maxSeconds?: number;
}

/**
 * Starts dumpcap on `on` (a switch, or a cable by its `HOST-ethN` name) inside the lab and
 * resolves once it is capturing, so nothing sent after this is missed. Bounded in frames, bytes
 * and time by the MAX_CAPTURE_* limits.
 */
export async function startCapture(
  lab: RunningLab,
  on: string,
  options: CaptureOptions = {},
): Promise<Capture> {
  const seconds = Math.min(options.maxSeconds ?? MAX_CAPTURE_SECONDS, MAX_CAPTURE_SECONDS);
  const dumpcap = `dumpcap -q -P -i "$1" -w - -c ${MAX_CAPTURE_FRAMES} -a filesize:${MAX_CAPTURE_KB} -a duration:${seconds}`;
  // nsenter does not pass signals on, so a small shell stops dumpcap (gracefully, with its last
  // frames written) as soon as its stdin closes: when we stop it, or when this process dies.
  const child = spawnInLab(
    lab,
    null,
    ['sh', '-c', `${dumpcap} & read -r _; kill -TERM $! 2>/dev/null; wait`, 'capture', on],
    ['pipe', 'pipe', 'pipe'],
  );
  const frames: CapturedFrame[] = [];
  const chunks: Buffer[] = [];
  const reader = new PcapStream();
  let arrived = (): void => {};
  child.stdout?.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    for (const frame of reader.push(chunk)) {
      frames.push(frame);
      options.onFrame?.(frame);
    }
    arrived();
  });
  const settle = (complete: (frames: readonly CapturedFrame[]) => boolean): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(done, SETTLE_MS);
      let flushed = false;
      const flush = setTimeout(() => {
        flushed = true;
        arrived();
      }, FLUSH_MS);
      function done(): void {
        clearTimeout(timer);
        clearTimeout(flush);
        arrived = () => {};
        resolve();
      }
      arrived = () => {
        if (flushed && complete(frames)) done();
      };
    });
  const closed = once(child, 'close');
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.includes('File:')) resolve();
    });
    child.once('error', (error) =>
      reject(
        new NetlabError(
          'capture-not-started',
          { on, errno: (error as NodeJS.ErrnoException).code ?? error.name },
          { cause: error },
        ),
      ),
    );
    child.once('exit', () => {
      // dumpcap's own last words, when it said any.
      const output = stderr.trim().split('\n').at(-1) ?? '';
      reject(
        output === ''
          ? new NetlabError('capture-exited', { on })
          : new NetlabError('capture', { on, output }),
      );
    });
  });
  return {
    frames,
    stop: async (complete = () => false) => {
      if (child.exitCode === null) await settle(complete);
      child.stdin?.end();
      await closed;
      return { frames, pcap: Buffer.concat(chunks) };
    },
  };
}
