// Framing decoder throughput against two ceilings, both copies of the same bytes:
//   copy         every chunk copied into one preallocated buffer: memory bandwidth, no allocation
//   fresh copy   every frame's payload copied into a new Buffer of its size: the least work any
//                decoder that hands out frames of their own must do (allocate, then copy)
// Run through `npm run bench`, which bundles this file (it imports the TypeScript sources).
import { cpus } from 'node:os';
import { LengthPrefixDecoder } from '../src/net/length-prefix-decoder.ts';
import { encodeFrame } from '../src/net/length-prefix-encoder.ts';

const STREAM_BYTES = 64 * 1024 * 1024;
/** Chunks the size of one socket read in Node. */
const CHUNK = 64 * 1024;
const ROUNDS = 15;
const MB = 1e6;

/** A stream of equal frames of `size` bytes, cut into socket-read-sized chunks. */
function chunkedStream(size) {
  const count = Math.floor(STREAM_BYTES / (size + 4));
  const frame = encodeFrame(Buffer.alloc(size, 0x61));
  const stream = Buffer.allocUnsafe(count * frame.length);
  for (let i = 0; i < count; i += 1) frame.copy(stream, i * frame.length);
  const chunks = [];
  for (let at = 0; at < stream.length; at += CHUNK) chunks.push(stream.subarray(at, at + CHUNK));
  return { stream, chunks, count };
}

function decode(chunks) {
  const decoder = new LengthPrefixDecoder();
  let bytes = 0;
  for (const chunk of chunks) for (const frame of decoder.push(chunk)) bytes += frame.length;
  decoder.end();
  return bytes;
}

function copy(chunks, target) {
  let at = 0;
  for (const chunk of chunks) {
    target.set(chunk, at);
    at += chunk.length;
  }
  return at;
}

function freshCopy(stream, size, count) {
  let bytes = 0;
  for (let i = 0, at = 4; i < count; i += 1, at += size + 4) {
    const frame = Buffer.allocUnsafe(size);
    frame.set(stream.subarray(at, at + size));
    bytes += frame.length;
  }
  return bytes;
}

function seconds(run) {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * The best time of each run over ROUNDS rounds, after a warm-up, taking turns so that all see
 * the same machine (the benchmark may share its cores with other work).
 */
function bestOf(runs) {
  for (const run of runs) run();
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < ROUNDS; round += 1) {
    runs.forEach((run, index) => {
      best[index] = Math.min(best[index], seconds(run));
    });
  }
  return best;
}

const column = (value, width) => String(value).padStart(width);

console.log(
  `LengthPrefixDecoder, ${STREAM_BYTES / 1024 / 1024} MiB of frames pushed in ${CHUNK / 1024} KiB chunks, best of ${ROUNDS}`,
);
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`);
console.log('frames    decoder MB/s     frames/s   copy MB/s  ratio   fresh copy MB/s  ratio');
for (const size of [64 * 1024, 64]) {
  const { stream, chunks, count } = chunkedStream(size);
  const target = Buffer.allocUnsafe(stream.length);
  const [decodeS, copyS, freshS] = bestOf([
    () => decode(chunks),
    () => copy(chunks, target),
    () => freshCopy(stream, size, count),
  ]);
  const label = size >= 1024 ? `${size / 1024} KiB` : `${size} B`;
  console.log(
    [
      label.padEnd(8),
      column((stream.length / decodeS / MB).toFixed(0), 13),
      column((count / decodeS).toFixed(0), 12),
      column((stream.length / copyS / MB).toFixed(0), 11),
      column((copyS / decodeS).toFixed(2), 6),
      column((stream.length / freshS / MB).toFixed(0), 17),
      column((freshS / decodeS).toFixed(2), 6),
    ].join(''),
  );
}
