/** A streaming frame decoder, as both framers implement it. */
export interface FrameDecoder {
  push(chunk: Uint8Array): Buffer[];
  end(): void;
}

/** Cuts `stream` into chunks at the given positions (taken modulo its length, in any order). */
export function cutAt(stream: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [
    ...new Set(cuts.map((cut) => (stream.length === 0 ? 0 : cut % (stream.length + 1)))),
  ].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of [...points, stream.length]) {
    chunks.push(stream.subarray(from, point));
    from = point;
  }
  return chunks;
}

/** Feeds every chunk to the decoder, ends it, and returns every frame as an owned copy. */
export function decodeAll(decoder: FrameDecoder, chunks: readonly Uint8Array[]): Buffer[] {
  const frames = chunks.flatMap((chunk) => decoder.push(chunk));
  decoder.end();
  return frames.map((frame) => Buffer.from(frame));
}

/**
 * Pushes `stream` one byte at a time, giving up after `budgetMs`: a decoder that re-copies what it
 * holds on every push needs minutes for 1 MiB, a linear one a fraction of a second, so a
 * regression fails in seconds instead of hanging the run. Returns the frames and the bytes pushed.
 */
export function pushBytewise(
  decoder: FrameDecoder,
  stream: Buffer,
  budgetMs: number,
): { frames: Buffer[]; pushed: number } {
  const frames: Buffer[] = [];
  const deadline = performance.now() + budgetMs;
  let pushed = 0;
  while (pushed < stream.length) {
    frames.push(...decoder.push(stream.subarray(pushed, pushed + 1)));
    pushed += 1;
    if (pushed % 4096 === 0 && performance.now() > deadline) break;
  }
  return { frames, pushed };
}
