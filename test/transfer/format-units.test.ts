import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { formatBytes, formatRate, formatSeconds } from '../../src/transfer/format-units.js';

describe('format units', () => {
  test.for([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [1_000_000, '976.6 KiB'],
    [262_144, '256 KiB'],
    [67_108_864, '64 MiB'],
    [4 * 1024 ** 3, '4 GiB'],
  ] as const)('formatBytes(%i) is %s', ([bytes, text]) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  test.for([
    [0.004, '<0.01 s'],
    [0.42, '0.42 s'],
    [12.4, '12 s'],
    [185, '3 min 05 s'],
  ] as const)('formatSeconds(%d) is %s', ([seconds, text]) => {
    expect(formatSeconds(seconds)).toBe(text);
  });

  test('formatRate() quotes megabytes (10^6 bytes) per second', () => {
    expect(formatRate(150_000_000, 1)).toBe('150 MB/s');
    expect(formatRate(1_500_000, 1)).toBe('1.5 MB/s');
  });

  test.for([
    [5, 0.001, '5.0 kB/s'],
    [40_000, 1, '40.0 kB/s'],
    [5, 1, '5.0 B/s'],
    [20, 1, '20 B/s'],
  ] as const)('formatRate(%d, %d) is %j: a tiny file never shows 0.0 MB/s', ([bytes, s, text]) => {
    expect(formatRate(bytes, s)).toBe(text);
  });

  fcTest.prop([
    fc.integer({ min: 1, max: 2 ** 40 }),
    fc.double({ min: 1e-6, max: 10, noNaN: true }),
  ])('formatRate() shows a non-zero figure for any bytes moved', (bytes, seconds) => {
    expect(formatRate(bytes, seconds)).not.toMatch(/^0(\.0)? /);
  });

  test('formatRate() has no rate before any time has passed', () => {
    expect(formatRate(100, 0)).toBe('- MB/s');
  });
});
