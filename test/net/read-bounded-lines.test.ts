import { Readable } from 'node:stream';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { type BoundedLine, readBoundedLines } from '../../src/net/read-bounded-lines.js';

async function linesOf(chunks: readonly Buffer[], maxBytes: number): Promise<BoundedLine[]> {
  const found: BoundedLine[] = [];
  for await (const line of readBoundedLines(Readable.from(chunks), maxBytes)) found.push(line);
  return found;
}

/** What the reader should make of `lines` joined by newlines, with `maxBytes` to a line. */
function expected(lines: readonly string[], maxBytes: number, endsWithNewline: boolean) {
  const kept = endsWithNewline || lines.at(-1) !== '' ? lines : lines.slice(0, -1);
  return kept.map((text): BoundedLine => {
    const bytes = Buffer.byteLength(text);
    return bytes > maxBytes ? { kind: 'too-long', bytes } : { kind: 'line', text };
  });
}

/** Cuts `bytes` at the given points, so a line and even a character may span chunks. */
function cut(bytes: Buffer, points: readonly number[]): Buffer[] {
  const at = [...new Set(points.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, index) => bytes.subarray(start, at[index] ?? bytes.length));
}

describe('readBoundedLines()', () => {
  fcTest.prop([
    fc.array(
      fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replaceAll(/[\r\n]/g, '')),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
    fc.array(fc.nat(), { maxLength: 10 }),
    fc.integer({ min: 1, max: 40 }),
    fc.boolean(),
  ])(
    'gives each line, or the length of a line over the limit, however the input is cut',
    async (lines, points, maxBytes, endsWithNewline) => {
      const text = lines.join('\n') + (endsWithNewline ? '\n' : '');
      const found = await linesOf(cut(Buffer.from(text), points), maxBytes);
      expect(found).toEqual(expected(lines, maxBytes, endsWithNewline));
    },
  );

  test('drops a CR before the newline', async () => {
    expect(await linesOf([Buffer.from('one\r\ntwo\r\n')], 10)).toEqual([
      { kind: 'line', text: 'one' },
      { kind: 'line', text: 'two' },
    ]);
  });

  test('holds no more than the limit of a long line, and goes on with the next', async () => {
    const mib = Buffer.alloc(1 << 20);
    let largestHeld = 0;
    async function* source() {
      for (let index = 0; index < 8; index += 1) yield mib;
      yield Buffer.from('\nnext\n');
    }
    const found: BoundedLine[] = [];
    for await (const line of readBoundedLines(Readable.from(source()), 1000)) {
      found.push(line);
      largestHeld = Math.max(largestHeld, line.kind === 'line' ? line.text.length : 0);
    }
    expect(found).toEqual([
      { kind: 'too-long', bytes: 8 << 20 },
      { kind: 'line', text: 'next' },
    ]);
    expect(largestHeld).toBeLessThanOrEqual(1000);
  });
});
