import { describe, expect, test } from 'vitest';
import { encodeFrame, frameHeader } from '../../src/net/length-prefix-encoder.js';

describe('length-prefix encoder', () => {
  test.for([
    [0, '00000000'],
    [2, '00000002'],
    [258, '00000102'],
    [2 ** 31, '80000000'],
    [2 ** 32 - 1, 'ffffffff'],
  ] as const)('frameHeader(%s) is big-endian %s', ([length, hex]) => {
    expect(frameHeader(length).toString('hex')).toBe(hex);
  });

  test.for([2 ** 32, -1, 1.5, Number.NaN])('frameHeader() refuses %s', (length) => {
    expect(() => frameHeader(length)).toThrow(
      `cannot frame ${length} bytes: a 4-byte length prefix holds 0 to 4294967295`,
    );
  });

  test('encodeFrame() puts the 4-byte length before the payload', () => {
    expect(encodeFrame(Buffer.from('hi')).toString('hex')).toBe('000000026869');
  });

  test('encodeFrame() of an empty message is a bare zero length', () => {
    expect(encodeFrame(new Uint8Array(0)).toString('hex')).toBe('00000000');
  });
});
