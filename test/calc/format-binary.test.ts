import { describe, expect, test } from 'vitest';
import { formatBinary } from '../../src/calc/format-binary.js';

describe('formatBinary() groups bits as the address is written', () => {
  test('formatBinary() writes IPv4 as four dotted octets', () => {
    expect(formatBinary(0xc0a80105n, 4)).toEqual(['11000000.10101000.00000001.00000101']);
  });

  const marks: [number, string][] = [
    [24, '11000000.10101000.00000001|00000101'],
    [25, '11000000.10101000.00000001.0|0000101'],
    [0, '|11000000.10101000.00000001.00000101'],
    [32, '11000000.10101000.00000001.00000101|'],
    [8, '11000000|10101000.00000001.00000101'],
  ];
  test.for(marks)('formatBinary() marks the end of a /%i network with "|"', ([prefix, text]) => {
    expect(formatBinary(0xc0a80105n, 4, { prefix })).toEqual([text]);
  });

  test('formatBinary() writes IPv6 as eight 16-bit groups joined by ":"', () => {
    expect(formatBinary(1n, 6)).toEqual([`${'0000000000000000:'.repeat(7)}0000000000000001`]);
  });

  test('formatBinary() splits IPv6 into lines of 32 bits and marks a /64 at a line start', () => {
    const value = 0x20010db8000000000000000000000001n;
    expect(formatBinary(value, 6, { prefix: 64, bitsPerLine: 32 })).toEqual([
      '0010000000000001:0000110110111000',
      '0000000000000000:0000000000000000',
      '|0000000000000000:0000000000000000',
      '0000000000000000:0000000000000001',
    ]);
  });

  test('formatBinary() marks a prefix inside an IPv6 group', () => {
    expect(formatBinary(0n, 6, { prefix: 120, bitsPerLine: 32 })[3]).toBe(
      '0000000000000000:00000000|00000000',
    );
  });
});
