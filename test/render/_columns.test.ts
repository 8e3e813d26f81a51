import { describe, expect, test } from 'vitest';
import { columns } from '../../src/render/_columns.js';

describe('columns() aligns rows and falls back to fewer columns', () => {
  test('columns() right-aligns the first column and left-aligns the rest', () => {
    expect(
      columns(
        [
          ['#', 'a', 'b'],
          ['10', 'xx', 'y'],
        ],
        [[0, 1, 2]],
      ),
    ).toEqual([' #  a   b', '10  xx  y']);
  });

  test('columns() uses the first layout that fits 80 columns', () => {
    const wide = 'w'.repeat(75);
    expect(
      columns(
        [['1', 'short', wide]],
        [
          [0, 1, 2],
          [0, 1],
        ],
      ),
    ).toEqual(['1  short']);
  });
});
