import { setImmediate as nextTurn } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { FrameTooLargeError } from '../../src/net/frame-too-large-error.js';
import { LengthPrefixDecoder } from '../../src/net/length-prefix-decoder.js';
import { encodeFrame } from '../../src/net/length-prefix-encoder.js';
import { TruncatedFrameError } from '../../src/net/truncated-frame-error.js';
import { cutAt, decodeAll, pushBytewise } from './_framing-helpers.js';

const hi = [0, 0, 0, 2, 0x68, 0x69];
const empty = [0, 0, 0, 0];
const abc = [0, 0, 0, 3, 0x61, 0x62, 0x63];

interface SplitCase {
  readonly name: string;
  readonly chunks: readonly (readonly number[])[];
  readonly frames: readonly string[];
}

const splits: readonly SplitCase[] = [
  { name: 'one frame in one chunk', chunks: [hi], frames: ['hi'] },
  {
    name: 'length prefix split 2/2',
    chunks: [
      [0, 0],
      [0, 2, 0x68, 0x69],
    ],
    frames: ['hi'],
  },
  { name: 'length prefix split 1/3', chunks: [[0], [0, 0, 2, 0x68, 0x69]], frames: ['hi'] },
  {
    name: 'length prefix split 3/1',
    chunks: [
      [0, 0, 0],
      [2, 0x68, 0x69],
    ],
    frames: ['hi'],
  },
  {
    name: 'prefix alone, then payload',
    chunks: [
      [0, 0, 0, 2],
      [0x68, 0x69],
    ],
    frames: ['hi'],
  },
  { name: 'payload split 1/1', chunks: [[0, 0, 0, 2, 0x68], [0x69]], frames: ['hi'] },
  { name: 'every byte its own chunk', chunks: hi.map((byte) => [byte]), frames: ['hi'] },
  { name: 'two frames in one chunk', chunks: [[...hi, ...abc]], frames: ['hi', 'abc'] },
  {
    name: 'frame and a half, then the rest',
    chunks: [[...hi, 0, 0], abc.slice(2)],
    frames: ['hi', 'abc'],
  },
  { name: 'empty frame alone', chunks: [empty], frames: [''] },
  {
    name: 'empty frames around a frame',
    chunks: [[...empty, ...hi, ...empty]],
    frames: ['', 'hi', ''],
  },
  {
    name: 'empty chunks in between',
    chunks: [[], [0, 0], [], [0, 2, 0x68, 0x69], []],
    frames: ['hi'],
  },
];

describe('LengthPrefixDecoder', () => {
  test.for(splits)('push() decodes $name', ({ chunks, frames }) => {
    const decoder = new LengthPrefixDecoder();
    const out = chunks.flatMap((chunk) => decoder.push(Uint8Array.from(chunk)));
    expect(out.map((frame) => frame.toString('latin1'))).toEqual(frames);
    expect(decoder.pendingBytes).toBe(0);
    expect(() => decoder.end()).not.toThrow();
  });

  test('push() returns a frame only once its last byte arrives', () => {
    const decoder = new LengthPrefixDecoder();
    expect(decoder.push(Uint8Array.from([0, 0, 0, 3, 0x61]))).toEqual([]);
    expect(decoder.pendingBytes).toBe(5);
    expect(decoder.push(Uint8Array.from([0x62]))).toEqual([]);
    expect(decoder.push(Uint8Array.from([0x63, 0, 0]))).toEqual([Buffer.from('abc')]);
    expect(decoder.pendingBytes).toBe(2);
  });

  test('push() returns a view, not a copy, when a frame sits inside one chunk', () => {
    const chunk = Buffer.from(hi);
    const [frame] = new LengthPrefixDecoder().push(chunk);
    expect(frame?.buffer).toBe(chunk.buffer);
    expect(frame?.byteOffset).toBe(chunk.byteOffset + 4);
  });

  fcTest.prop([
    fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }),
    fc.array(fc.nat(), { maxLength: 30 }),
  ])('decoding any chunking of encoded messages gives the messages back', (messages, cuts) => {
    const stream = Buffer.concat(messages.map((message) => encodeFrame(message)));
    const decoded = decodeAll(new LengthPrefixDecoder(), cutAt(stream, cuts));
    expect(decoded).toEqual(messages.map((message) => Buffer.from(message)));
  });

  fcTest.prop([fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat()])(
    'end() throws TruncatedFrameError when the stream stops inside a frame',
    (message, cut) => {
      const frame = encodeFrame(message);
      const decoder = new LengthPrefixDecoder();
      decoder.push(frame.subarray(0, 1 + (cut % (frame.length - 1))));
      expect(() => decoder.end()).toThrow(TruncatedFrameError);
    },
  );

  test('end() names what was missing when the stream stops after 2 prefix bytes', () => {
    const decoder = new LengthPrefixDecoder();
    decoder.push(Uint8Array.from([0, 0]));
    expect(() => decoder.end()).toThrow(
      'the stream ended inside a frame: 2 bytes arrived but a length prefix needs 4 (the sender stopped early or the connection was cut)',
    );
  });

  test('end() names the announced length when the stream stops inside a payload', () => {
    const decoder = new LengthPrefixDecoder();
    decoder.push(Uint8Array.from([0, 0, 0, 10, 1, 2, 3]));
    expect(() => decoder.end()).toThrow(
      'the stream ended inside a frame: 7 bytes arrived but the frame announced 10 after its 4-byte prefix (the sender stopped early or the connection was cut)',
    );
  });

  test('a 2^31-byte length prefix is refused before any large allocation', () => {
    const decoder = new LengthPrefixDecoder();
    const before = process.memoryUsage().arrayBuffers;
    let caught: unknown;
    try {
      decoder.push(Uint8Array.from([0x80, 0, 0, 0, 1, 2, 3]));
    } catch (error) {
      caught = error;
    }
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(caught).toBeInstanceOf(FrameTooLargeError);
    expect(caught).toMatchObject({ code: 'frame-over-limit', exitCode: 1, length: 2 ** 31 });
    expect((caught as Error).message).toBe(
      'refusing a frame of 2147483648 bytes: it is over the 16777216-byte limit (the stream is corrupt, not framed this way, or the limit must be raised)',
    );
    expect(grown).toBeLessThan(1024 * 1024);
  });

  test('a length just over maxFrameLength is refused and one at it is accepted', () => {
    const limit = 8;
    expect(
      new LengthPrefixDecoder({ maxFrameLength: limit }).push(encodeFrame(Buffer.alloc(8))),
    ).toHaveLength(1);
    expect(() =>
      new LengthPrefixDecoder({ maxFrameLength: limit }).push(encodeFrame(Buffer.alloc(9))),
    ).toThrow(FrameTooLargeError);
  });

  test('a decoder that refused a frame keeps refusing', () => {
    const decoder = new LengthPrefixDecoder({ maxFrameLength: 1 });
    expect(() => decoder.push(Uint8Array.from([0, 0, 0, 2]))).toThrow(FrameTooLargeError);
    expect(() => decoder.push(Uint8Array.from([0, 0, 0, 0]))).toThrow(FrameTooLargeError);
    expect(() => decoder.end()).toThrow(FrameTooLargeError);
  });

  test.for([-1, 1.5, 2 ** 32, Number.NaN])('the constructor refuses maxFrameLength %s', (limit) => {
    expect(() => new LengthPrefixDecoder({ maxFrameLength: limit })).toThrow(RangeError);
  });

  test('a 1 MiB frame fed one byte at a time decodes in linear time', () => {
    const message = Buffer.alloc(1024 * 1024, 7);
    const frame = encodeFrame(message);
    const { frames, pushed } = pushBytewise(new LengthPrefixDecoder(), frame, 3000);
    expect(pushed).toBe(frame.length);
    expect(frames).toHaveLength(1);
    expect(frames[0]?.equals(message)).toBe(true);
  });

  test('chunks already decoded are released while frames keep straddling chunks', async () => {
    v8.setFlagsFromString('--expose-gc');
    const collectGarbage = vm.runInNewContext('gc') as () => void;
    const decoder = new LengthPrefixDecoder();
    // 100 KiB frames over 64 KiB chunks: the queue never runs empty between pushes.
    const stream = Buffer.concat(
      Array.from({ length: 8 }, () => encodeFrame(Buffer.alloc(100 * 1024, 1))),
    );
    const firstChunk = pushInFreshChunks(decoder, stream, 64 * 1024);
    await nextTurn();
    collectGarbage();
    expect(decoder.pendingBytes).toBeGreaterThan(0);
    expect(firstChunk.deref()).toBeUndefined();
  });
});

/** Pushes `stream` as separate chunks of `size` bytes; returns a weak reference to the first. */
function pushInFreshChunks(
  decoder: LengthPrefixDecoder,
  stream: Buffer,
  size: number,
): WeakRef<Buffer> {
  let first: WeakRef<Buffer> | undefined;
  for (let offset = 0; offset + size < stream.length; offset += size) {
    const chunk = Buffer.from(stream.subarray(offset, offset + size));
    first ??= new WeakRef(chunk);
    decoder.push(chunk);
  }
  return first as WeakRef<Buffer>;
}
