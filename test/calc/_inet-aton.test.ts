import { describe, expect, test } from 'vitest';
import { inetAton } from '../../src/calc/_inet-aton.js';

describe('inetAton() reads text the way the C library does', () => {
  const readings: [string, bigint][] = [
    ['127.1', 0x7f000001n],
    ['127.0.1', 0x7f000001n],
    ['0x7f.0.0.1', 0x7f000001n],
    ['2130706433', 0x7f000001n],
    ['017700000001', 0x7f000001n],
    ['012.1.2.3', 0x0a010203n],
    ['192.168.1.5', 0xc0a80105n],
    ['1.65535', 0x0100ffffn],
  ];
  test.for(readings)('inetAton() reads %s', ([text, value]) => {
    expect(inetAton(text)).toBe(value);
  });

  const refused = [
    '08.1.2.3',
    '256.1.1.1',
    '1.2.3.4.5',
    '1.16777216.0',
    '4294967296',
    '',
    '1..2',
    '0x',
  ];
  test.for(refused)('inetAton() refuses %j', (text) => {
    expect(inetAton(text)).toBeNull();
  });
});
