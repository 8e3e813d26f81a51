import { describe, expect, test } from 'vitest';
import { splitPages } from '../../src/text/step-frames.js';

const lines = (count: number, prefix = 'line') =>
  Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}\n`).join('');

describe('splitPages cuts a frame into screenfuls', () => {
  test('a frame that fits is one page, unchanged', () => {
    expect(splitPages(lines(5), 23, 80)).toEqual([lines(5)]);
  });

  test('joined, the pages are the frame again, each no taller than the screen', () => {
    const text = `${lines(12, 'a')}\n${lines(15, 'b')}\n${lines(30, 'c')}`;
    const pages = splitPages(text, 23, 80);
    expect(pages.join('')).toBe(text);
    for (const page of pages) expect(page.split('\n').length - 1).toBeLessThanOrEqual(23);
  });

  test('a cut falls after a blank line in the second half of the page, so a table stays whole', () => {
    const text = `${lines(14, 'text')}\n${lines(11, 'table')}`;
    const [first, second] = splitPages(text, 23, 80);
    expect(first).toBe(`${lines(14, 'text')}\n`);
    expect(second).toBe(lines(11, 'table'));
  });

  test('a line wider than the terminal counts the rows it wraps onto', () => {
    const wide = `${'x'.repeat(100)}\n`;
    expect(splitPages(wide.repeat(4), 4, 50)).toEqual([wide.repeat(2), wide.repeat(2)]);
  });
});
