import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { printable } from '../../src/demos/printable.js';

describe('printable()', () => {
  test.for([
    ['plain text', Buffer.from('my name is'), 'my name is'],
    ['a newline and a tab', Buffer.from('a\nb\tc'), 'a\\nb\\tc'],
    ['a quote and a backslash', Buffer.from('say "\\"'), 'say \\"\\\\\\"'],
    ['a NUL and DEL', Buffer.from([0, 0x41, 0x7f]), '\\x00A\\x7f'],
    ['Chinese text', Buffer.from('你好'), '你好'],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0x41, 0xc0]), '\\xffA\\xc0'],
    ['a bidi override', Buffer.from('a\u202eb'), 'a\\u{202e}b'],
    ['a bidi isolate', Buffer.from('a\u2066b'), 'a\\u{2066}b'],
    ['a zero-width space and joiner', Buffer.from('a\u200bb\u200d'), 'a\\u{200b}b\\u{200d}'],
    ['a length prefix', Buffer.from([0, 0, 0, 2, 0x68, 0x69]), '\\x00\\x00\\x00\\x02hi'],
  ] as const)('printable() shows %s', ([, bytes, shown]) => {
    expect(printable(bytes, 80)).toBe(shown);
  });

  test('printable() cuts long data to maxChars, marker included, and counts what was left out', () => {
    expect(printable(Buffer.alloc(4 * 1024 * 1024, 0x61), 24)).toBe('aaaaaaa…(+4194297 bytes)');
  });

  test('printable() counts an escaped byte as one byte of what was left out', () => {
    expect(printable(Buffer.from('\n\n\n\n\n\n\n\n'), 15)).toBe('\\n\\n…(+6 bytes)');
  });

  test('printable() never splits an escape across the cut', () => {
    expect(printable(Buffer.from('aaa\nbbbbbbbbbbbbbb'), 16)).toBe('aaa…(+15 bytes)');
  });

  test('printable() keeps wide characters within the width, counting two columns each', () => {
    expect(printable(Buffer.from('你好'.repeat(10)), 30)).toBe('你好你好你好你好你…(+33 bytes)');
  });

  test('printable() with a total counts bytes beyond the ones given in its marker', () => {
    expect(printable(Buffer.from('abcdef'), 20, { total: 100 })).toBe('abcdef…(+94 bytes)');
  });

  test('printable() with a marker of another width keeps the line within its columns', () => {
    const more = (bytes: number) => `…（另有 ${bytes} 字节）`;
    const shown = printable(Buffer.from('a'.repeat(100)), 24, { more });
    expect(shown).toBe('aaaaaa…（另有 94 字节）');
    expect(stringWidth(shown)).toBeLessThanOrEqual(24);
  });

  test('printable() with quoted: false leaves double quotes as they are', () => {
    expect(printable(Buffer.from('<a href="x">\r\n'), 80, { quoted: false })).toBe(
      '<a href="x">\\r\\n',
    );
  });
});
