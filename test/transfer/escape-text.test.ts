import { describe, expect, test } from 'vitest';
import { escapeText, quoteName } from '../../src/transfer/escape-text.js';

describe('quoteName()', () => {
  test.for([
    ['video.mp4', '"video.mp4"'],
    ['a\nb', '"a\\nb"'],
    ['\u001b[2J', '"\\x1b[2J"'],
    ['evil\u202etxt.exe', '"evil\\u{202e}txt.exe"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\\b', '"a\\\\b"'],
    ['课程.txt', '"课程.txt"'],
  ] as const)('quotes %j as %s', ([name, quoted]) => {
    expect(quoteName(name)).toBe(quoted);
  });

  test('quoteName() cuts a long name after 60 characters', () => {
    expect(quoteName('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });
});

describe('escapeText()', () => {
  test('escapeText() escapes control characters and keeps quotes', () => {
    expect(escapeText('refused "a"\r\n\u0007', 80)).toBe('refused "a"\\r\\n\\x07');
  });

  test('escapeText() cuts text after the limit', () => {
    expect(escapeText('abcdef', 3)).toBe('abc…');
  });
});
