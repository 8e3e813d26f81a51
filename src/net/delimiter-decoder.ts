import { asBuffer, ChunkQueue } from './_chunk-queue.js';
import { DELIMITER } from './delimiter-encoder.js';
import { FrameTooLargeError } from './frame-too-large-error.js';
import {
  checkMaxFrameLength,
  DEFAULT_MAX_FRAME_LENGTH,
  type DecoderOptions,
} from './length-prefix-decoder.js';
import { TruncatedFrameError } from './truncated-frame-error.js';

/**
 * The receiving half of newline-delimited framing: returns each message without its newline,
 * however the stream is chunked. Each byte is scanned once and copied at most once, so time is
 * linear. A message longer than the limit is refused as soon as that many bytes arrive without a
 * newline. Its limit, by design: a message that contains a newline comes out as two messages.
 *
 * @example
 * const decoder = new DelimiterDecoder();
 * decoder.push(Buffer.from('one\ntw')); // [<Buffer 6f 6e 65>]
 * decoder.push(Buffer.from('o\n')); // [<Buffer 74 77 6f>]
 */
export class DelimiterDecoder {
  readonly #queue = new ChunkQueue();
  readonly #maxFrameLength: number;
  #failure: FrameTooLargeError | undefined;

  constructor(options: DecoderOptions = {}) {
    this.#maxFrameLength = checkMaxFrameLength(options.maxFrameLength ?? DEFAULT_MAX_FRAME_LENGTH);
  }

  /** Bytes received after the last newline, waiting for theirs. */
  get pendingBytes(): number {
    return this.#queue.length;
  }

  /** Adds one chunk and returns the messages it completed, in order (views where possible). */
  push(chunk: Uint8Array): Buffer[] {
    if (this.#failure !== undefined) throw this.#failure;
    const bytes = asBuffer(chunk);
    const frames: Buffer[] = [];
    let from = 0;
    for (;;) {
      const at = bytes.indexOf(DELIMITER, from);
      const end = at === -1 ? bytes.length : at;
      this.#queue.push(bytes.subarray(from, end));
      if (this.#queue.length > this.#maxFrameLength) {
        this.#failure = new FrameTooLargeError(this.#queue.length, this.#maxFrameLength);
        throw this.#failure;
      }
      if (at === -1) return frames;
      frames.push(this.#queue.take(this.#queue.length));
      from = at + 1;
    }
  }

  /** Declares the stream finished; throws TruncatedFrameError if a message lacks its newline. */
  end(): void {
    if (this.#failure !== undefined) throw this.#failure;
    if (this.#queue.length > 0) {
      throw new TruncatedFrameError(this.#queue.length, 'no newline ended them');
    }
  }
}
