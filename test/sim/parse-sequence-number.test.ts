import { describe, expect, test } from 'vitest';
import { parseSequenceNumber } from '../../src/sim/parse-sequence-number.js';

describe('parseSequenceNumber', () => {
  test.for([
    ['0', 0],
    ['1000', 1000],
    ['4294967295', 4294967295],
  ] as const)('parseSequenceNumber() accepts %s', ([text, value]) => {
    expect(parseSequenceNumber(text, '--isn')).toBe(value);
  });

  test.for([
    ['', 'a sequence number is a whole decimal number from 0 to 4294967295'],
    ['-1', 'a sequence number is a whole decimal number from 0 to 4294967295'],
    ['1e3', 'a sequence number is a whole decimal number from 0 to 4294967295'],
    [' 5', 'a sequence number is a whole decimal number from 0 to 4294967295'],
    ['0x10', 'a sequence number is a whole decimal number from 0 to 4294967295'],
    ['1.5', 'a sequence number is a whole decimal number from 0 to 4294967295'],
    ['007', 'a leading zero is ambiguous (octal?); write the number without it'],
    ['4294967296', 'sequence numbers are 32 bits, so the largest is 4294967295'],
    ['99999999999', 'a sequence number is a whole decimal number from 0 to 4294967295'],
  ] as const)('parseSequenceNumber() refuses %j', ([text, why]) => {
    expect(() => parseSequenceNumber(text, '--isn')).toThrowError(
      `cannot use --isn "${text}": ${why}`,
    );
  });
});
