import { describe, expect, test } from 'vitest';
import { parseCount } from '../../src/calc/parse-count.js';
import { refusal } from './_refusal.js';

describe('parseCount() reads an option count strictly', () => {
  test('parseCount() reads 4 and the maximum itself', () => {
    expect(parseCount('4', { option: '--count', max: 10n })).toBe(4n);
    expect(parseCount('10', { option: '--count', max: 10n })).toBe(10n);
  });

  const refused: [string, string][] = [
    ['0', 'cannot read --limit "0": write a whole number from 1 up, in decimal digits'],
    ['-3', 'cannot read --limit "-3": write a whole number from 1 up, in decimal digits'],
    ['04', 'cannot read --limit "04": write a whole number from 1 up, in decimal digits'],
    ['1e3', 'cannot read --limit "1e3": write a whole number from 1 up, in decimal digits'],
    ['0x10', 'cannot read --limit "0x10": write a whole number from 1 up, in decimal digits'],
    [' 4', 'cannot read --limit " 4": write a whole number from 1 up, in decimal digits'],
    ['11', 'cannot read --limit "11": it is over 10, the most it can be'],
  ];
  test.for(refused)('parseCount() refuses %j', ([text, message]) => {
    expect(refusal(() => parseCount(text, { option: '--limit', max: 10n }))).toBe(message);
  });
});
