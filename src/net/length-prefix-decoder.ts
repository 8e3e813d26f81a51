import { ChunkQueue } from './_chunk-queue.js';
import { FrameTooLargeError } from './frame-too-large-error.js';
import { TruncatedFrameError } from './truncated-frame-error.js';

/** The default limit on one frame: 16 MiB. */
export const DEFAULT_MAX_FRAME_LENGTH = 16 * 1024 * 1024;

/** Options for a frame decoder. */
export interface DecoderOptions {
  /** The longest frame accepted, in bytes (default 16 MiB). */
  readonly maxFrameLength?: number;
}

/** Checks a frame limit given by the caller. */
export function checkMaxFrameLength(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new RangeError(`maxFrameLength must be an integer from 0 to 4294967295, got ${value}`);
  }
  return value;
}

/**
 * The receiving half of length-prefix framing (see length-prefix-encoder.ts for the wire format):
 * feed it the stream's chunks as they arrive, however they are cut, and it returns each complete
 * message once. Time is linear in the stream's length; a length over the limit is refused before
 * any memory is set aside for it.
 *
 * @example
 * const decoder = new LengthPrefixDecoder();
 * for (const chunk of chunks) for (const message of decoder.push(chunk)) handle(message);
 * decoder.end();
 */
export class LengthPrefixDecoder {
  readonly #queue = new ChunkQueue();
  readonly #maxFrameLength: number;
  /** The announced length of the frame being read, once its header has arrived. */
  #expected: number | undefined;
  #failure: FrameTooLargeError | undefined;

  constructor(options: DecoderOptions = {}) {
    this.#maxFrameLength = checkMaxFrameLength(options.maxFrameLength ?? DEFAULT_MAX_FRAME_LENGTH);
  }

  /** Bytes received that are not yet part of a returned frame (a read header counts). */
  get pendingBytes(): number {
    return this.#queue.length + (this.#expected === undefined ? 0 : 4);
  }

  /**
   * Adds one chunk and returns the frames it completed, in order. A returned frame may be a view
   * into `chunk`; the decoder keeps chunks by reference, so do not reuse them after pushing.
   */
  push(chunk: Uint8Array): Buffer[] {
    if (this.#failure !== undefined) throw this.#failure;
    this.#queue.push(chunk);
    const frames: Buffer[] = [];
    for (;;) {
      if (this.#expected === undefined) {
        if (this.#queue.length < 4) break;
        const length = this.#queue.peekUint32BE();
        if (length > this.#maxFrameLength) {
          this.#failure = new FrameTooLargeError(length, this.#maxFrameLength);
          throw this.#failure;
        }
        this.#queue.skip(4);
        this.#expected = length;
      }
      if (this.#queue.length < this.#expected) break;
      frames.push(this.#queue.take(this.#expected));
      this.#expected = undefined;
    }
    return frames;
  }

  /** Declares the stream finished; throws TruncatedFrameError if it stopped inside a frame. */
  end(): void {
    if (this.#failure !== undefined) throw this.#failure;
    const pending = this.pendingBytes;
    if (pending === 0) return;
    const detail =
      this.#expected === undefined
        ? 'a length prefix needs 4'
        : `the frame announced ${this.#expected} after its 4-byte prefix`;
    throw new TruncatedFrameError(pending, detail);
  }
}
