import { describe, expect, test } from 'vitest';
import { templatePieces } from '../../src/batch/_template-pieces.js';

describe('templatePieces', () => {
  test('gives the texts around the placeholders when they come in the order asked', () => {
    expect(
      templatePieces('{host}：网络 {network}（{hosts} 个）', ['host', 'network', 'hosts']),
    ).toEqual(['', '：网络 ', '（', ' 个）']);
  });

  test('is null when a translation orders the placeholders otherwise, or drops or adds one', () => {
    expect(templatePieces('{network} of {host}', ['host', 'network'])).toBeNull();
    expect(templatePieces('{host}', ['host', 'network'])).toBeNull();
    expect(templatePieces('{host} {network} {extra}', ['host', 'network'])).toBeNull();
  });
});
