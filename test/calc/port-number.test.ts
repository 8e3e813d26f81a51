import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { MAX_PORT, parsePort } from '../../src/calc/port-number.js';
import { InputError } from '../../src/core/errors.js';
import { refusal } from './_refusal.js';

const REFUSED: readonly (readonly [string, string])[] = [
  ['', 'it is empty; a port is a whole number from 0 to 65535'],
  [' 80', 'it has spaces around it; write the number alone'],
  ['80 ', 'it has spaces around it; write the number alone'],
  ['8 0', '" " is not a decimal digit; write a port with the digits 0-9 only'],
  ['65536', 'it is over 65535, the largest 16-bit number'],
  ['99999999999999999999', 'it is over 65535, the largest 16-bit number'],
  ['-1', 'a port cannot be negative; ports run from 0 to 65535'],
  ['+80', 'a sign is not part of a port; write the digits alone'],
  ['8o', '"o" is not a decimal digit; write a port with the digits 0-9 only'],
  ['1e3', 'exponent notation is not accepted; write every digit (1000)'],
  ['1e999', 'exponent notation is not accepted; write every digit'],
  ['0x50', 'hexadecimal is not accepted; write it in decimal (80)'],
  ['0o120', 'octal and binary prefixes are not accepted; write decimal'],
  ['080', 'leading zero: some tools read it as octal; write 80'],
  ['00', 'leading zero: some tools read it as octal; write 0'],
  ['80.5', 'a port is a whole number; it has no fraction'],
  ['80.', 'a port is a whole number; it has no fraction'],
  ['http', '"h" is not a decimal digit; write a port with the digits 0-9 only'],
  ['８０', 'full-width characters ("８" is U+FF18): type them half-width, as "80"'],
];

describe('parsePort()', () => {
  test.for(REFUSED)('parsePort() refuses %j: %s', ([text, why]) => {
    expect(refusal(() => parsePort(text))).toBe(
      `cannot parse port ${JSON.stringify(text)}: ${why}`,
    );
  });

  test('parsePort() refusals are InputErrors with exit code 2', () => {
    const error = (() => {
      try {
        parsePort('65536');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
  });

  test.for([
    ['0', 0],
    ['1', 1],
    ['80', 80],
    ['1023', 1023],
    ['65535', 65_535],
  ] as const)('parsePort() reads %s as %i', ([text, port]) => {
    expect(parsePort(text)).toBe(port);
  });

  fcTest.prop([fc.integer({ min: 0, max: MAX_PORT })])(
    'parsePort() reads back every port written in decimal',
    (port) => {
      expect(parsePort(String(port))).toBe(port);
    },
  );

  fcTest.prop([fc.integer({ min: MAX_PORT + 1, max: Number.MAX_SAFE_INTEGER })])(
    'parsePort() refuses every number above 65535',
    (port) => {
      expect(() => parsePort(String(port))).toThrow(/is over 65535/);
    },
  );
});
