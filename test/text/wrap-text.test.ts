import { fc, test as fcTest } from '@fast-check/vitest';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { wrapText } from '../../src/text/wrap-text.js';

describe('wrapText()', () => {
  test('breaks English at spaces and never inside a word', () => {
    expect(wrapText('The quick brown fox jumps over the lazy dog.', 16)).toEqual([
      'The quick brown',
      'fox jumps over',
      'the lazy dog.',
    ]);
  });

  test('counts each Chinese character as two columns and breaks between characters', () => {
    expect(wrapText('交换机收到请求后广播给所有端口', 10)).toEqual([
      '交换机收到',
      '请求后广播',
      '给所有端口',
    ]);
  });

  test('keeps a closing mark such as "，" off the start of a line', () => {
    const lines = wrapText('只有机器B回应，带上自己的MAC地址。', 14);
    expect(lines).toEqual(['只有机器B回', '应，带上自己的', 'MAC地址。']);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：！？]/);
  });

  test('keeps a Latin word inside Chinese text whole', () => {
    expect(wrapText('先发出SYN报文段', 10)).toEqual(['先发出SYN', '报文段']);
  });

  test('hangs continuation lines under a bullet', () => {
    expect(wrapText('one two three four', 10, { first: '- ', rest: '  ' })).toEqual([
      '- one two',
      '  three',
      '  four',
    ]);
  });

  test('keeps blank lines and cuts a word longer than the line', () => {
    expect(wrapText('ab\n\nabcdefghij', 4)).toEqual(['ab', '', 'abcd', 'efgh', 'ij']);
  });

  test('indents continuation lines with rest, counting it toward the width', () => {
    expect(wrapText('one two three four', 9, { rest: '  ' })).toEqual([
      'one two',
      '  three',
      '  four',
    ]);
  });

  test('keeps an indent and aligned spaces as written, dropping them only at a break', () => {
    expect(wrapText('  A      B   (switch)', 80)).toEqual(['  A      B   (switch)']);
    expect(wrapText('label   one two', 12, { rest: '        ' })).toEqual([
      'label   one',
      '        two',
    ]);
  });

  test('keeps a word that fits whole rather than cutting it across lines', () => {
    expect(wrapText('ff:ff:ff:ff:ff:ff is long', 18)).toEqual(['ff:ff:ff:ff:ff:ff', 'is long']);
  });

  const word = fc.oneof(
    fc.stringMatching(/^[a-z0-9.,:/-]{1,12}$/),
    fc.constantFrom('网络', '交换机', '，', '。', '端口号', '“黏包”', '（TCP）'),
  );
  const paragraph = fc.array(fc.tuple(word, fc.constantFrom(' ', '')), { maxLength: 40 });

  fcTest.prop([paragraph, fc.integer({ min: 6, max: 80 })])(
    'every line fits the width and no character is lost',
    (pieces, width) => {
      const text = pieces.map(([piece, space]) => piece + space).join('');
      const lines = wrapText(text, width);
      for (const line of lines) {
        expect(stringWidth(line, { ambiguousIsNarrow: false })).toBeLessThanOrEqual(width);
      }
      expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
    },
  );
});
