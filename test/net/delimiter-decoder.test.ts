import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { DelimiterDecoder } from '../../src/net/delimiter-decoder.js';
import { encodeDelimitedFrame } from '../../src/net/delimiter-encoder.js';
import { FrameTooLargeError } from '../../src/net/frame-too-large-error.js';
import { TruncatedFrameError } from '../../src/net/truncated-frame-error.js';
import { cutAt, decodeAll, pushBytewise } from './_framing-helpers.js';

interface SplitCase {
  readonly name: string;
  readonly chunks: readonly string[];
  readonly frames: readonly string[];
}

const splits: readonly SplitCase[] = [
  { name: 'one line in one chunk', chunks: ['hi\n'], frames: ['hi'] },
  { name: 'line split before its newline', chunks: ['hi', '\n'], frames: ['hi'] },
  { name: 'line split in the middle', chunks: ['h', 'i\n'], frames: ['hi'] },
  { name: 'two lines in one chunk', chunks: ['one\ntwo\n'], frames: ['one', 'two'] },
  { name: 'a line and a half, then the rest', chunks: ['one\ntw', 'o\n'], frames: ['one', 'two'] },
  { name: 'a line over three chunks', chunks: ['a', 'b', 'c\n'], frames: ['abc'] },
  { name: 'empty lines', chunks: ['\n\nx\n'], frames: ['', '', 'x'] },
  { name: 'carriage return kept', chunks: ['x\r\n'], frames: ['x\r'] },
  { name: 'every byte its own chunk', chunks: ['a', 'b', '\n', 'c', '\n'], frames: ['ab', 'c'] },
  { name: 'empty chunks in between', chunks: ['', 'a', '', '\n', ''], frames: ['a'] },
];

describe('DelimiterDecoder', () => {
  test.for(splits)('push() decodes $name', ({ chunks, frames }) => {
    const decoder = new DelimiterDecoder();
    const out = chunks.flatMap((chunk) => decoder.push(Buffer.from(chunk)));
    expect(out.map((frame) => frame.toString())).toEqual(frames);
    expect(decoder.pendingBytes).toBe(0);
    expect(() => decoder.end()).not.toThrow();
  });

  test('a message that contains the delimiter arrives as two messages', () => {
    const decoder = new DelimiterDecoder();
    const out = decoder.push(Buffer.from('line one\nline two\n'));
    expect(out.map(String)).toEqual(['line one', 'line two']);
  });

  fcTest.prop([
    fc.array(
      fc.uint8Array({ maxLength: 200 }).map((bytes) => bytes.map((b) => (b === 10 ? 11 : b))),
    ),
    fc.array(fc.nat(), { maxLength: 30 }),
  ])('decoding any chunking of delimited messages gives the messages back', (messages, cuts) => {
    const stream = Buffer.concat(messages.map((message) => encodeDelimitedFrame(message)));
    const decoded = decodeAll(new DelimiterDecoder(), cutAt(stream, cuts));
    expect(decoded).toEqual(messages.map((message) => Buffer.from(message)));
  });

  test('a line longer than maxFrameLength is refused once that many bytes lack a newline', () => {
    const decoder = new DelimiterDecoder({ maxFrameLength: 4 });
    expect(decoder.push(Buffer.from('abcd'))).toEqual([]);
    expect(() => decoder.push(Buffer.from('e'))).toThrow(FrameTooLargeError);
    expect(() => decoder.push(Buffer.from('\n'))).toThrow(FrameTooLargeError);
  });

  test('a line exactly maxFrameLength long is accepted', () => {
    const decoder = new DelimiterDecoder({ maxFrameLength: 4 });
    expect(decoder.push(Buffer.from('abcd\n')).map(String)).toEqual(['abcd']);
  });

  test('end() refuses a last message with no newline', () => {
    const decoder = new DelimiterDecoder();
    decoder.push(Buffer.from('done\nhalf'));
    expect(() => decoder.end()).toThrow(TruncatedFrameError);
    expect(() => decoder.end()).toThrow(
      'the stream ended inside a frame: 4 bytes arrived but no newline ended them (the sender stopped early or the connection was cut)',
    );
  });

  test('a 1 MiB line fed one byte at a time decodes in linear time', () => {
    const line = Buffer.alloc(1024 * 1024, 0x61);
    const stream = Buffer.concat([line, Buffer.from('\n')]);
    const { frames, pushed } = pushBytewise(new DelimiterDecoder(), stream, 3000);
    expect(pushed).toBe(stream.length);
    expect(frames).toHaveLength(1);
    expect(frames[0]?.equals(line)).toBe(true);
  });
});
