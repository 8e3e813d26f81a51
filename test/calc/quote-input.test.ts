import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { escapeInvisible, quote } from '../../src/calc/quote-input.js';

describe('quote() echoes user input safely', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['10.0.0.1', '"10.0.0.1"'],
    ['a\x1b[2Jb', '"a\\x1b[2Jb"'],
    ['a\x00b', '"a\\x00b"'],
    ['a\x7fb\x9bc', '"a\\x7fb\\x9bc"'],
    ['\u200b10.0.0.1', '"\\u200b10.0.0.1"'],
    ['\ufeff10.0.0.1', '"\\ufeff10.0.0.1"'],
    ['abc\u202edef', '"abc\\u202edef"'],
    ['a\u00a0b', '"a\\xa0b"'],
    ['a\u2028b', '"a\\u2028b"'],
    ['a\nb\tc\rd', '"a\\nb\\tc\\rd"'],
    ['say "hi" \\', '"say \\"hi\\" \\\\"'],
    ['a b', '"a b"'],
    ['路由器', '"路由器"'],
    ['\ud800x', '"\\ud800x"'],
  ];
  test.for(cases)('quote(%j) is %s', ([text, quoted]) => {
    expect(quote(text)).toBe(quoted);
  });

  test('a 100,000-character value is cut to its start and named by its length', () => {
    expect(quote('1'.repeat(100_000))).toBe(
      `a 100,000-character value starting "${'1'.repeat(64)}…"`,
    );
  });

  test('64 characters are shown whole, 65 are cut; astral characters count once', () => {
    expect(quote('x'.repeat(64))).toBe(`"${'x'.repeat(64)}"`);
    expect(quote('x'.repeat(65))).toBe(`a 65-character value starting "${'x'.repeat(64)}…"`);
    expect(quote('😀'.repeat(64))).toBe(`"${'😀'.repeat(64)}"`);
    expect(quote('😀'.repeat(65))).toBe(`a 65-character value starting "${'😀'.repeat(64)}…"`);
  });

  fcTest.prop([fc.string({ unit: 'binary', maxLength: 300 })])(
    'the quoted form never holds a control, format or separator character, and stays short',
    (text) => {
      const quoted = quote(text);
      expect(quoted).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
      expect(quoted.length).toBeLessThanOrEqual(64 * 12 + 60);
    },
  );

  test('escapeInvisible() leaves quotes alone and printable text unchanged', () => {
    expect(escapeInvisible('say "hi"\x1b')).toBe('say "hi"\\x1b');
  });
});
