import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { parseIpv4 } from '../../src/calc/parse-address.js';
import { readDottedQuad } from '../../src/calc/read-dotted-quad.js';

/** What parseIpv4 says about `text`, as readDottedQuad would: the value, or -1 for a refusal. */
function careful(text: string): number {
  try {
    return Number(parseIpv4(text).value);
  } catch {
    return -1;
  }
}

const read = (text: string) => readDottedQuad(Buffer.from(text), 0, Buffer.byteLength(text));

describe('readDottedQuad', () => {
  test.for([
    ['0.0.0.0', 0],
    ['255.255.255.255', 0xffffffff],
    ['10.1.2.3', 0x0a010203],
    ['192.168.100.200', 0xc0a864c8],
  ] as const)('reads %s', ([text, value]) => {
    expect(read(text)).toBe(value);
  });

  test.for([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.4',
    '1.2.3.00',
    '256.0.0.0',
    '1..2.3',
    '1.2.3.',
    ' 1.2.3.4',
    '1.2.3.4/8',
    '0x1.2.3.4',
    '1.2.3.\u0664',
  ])('refuses %j', (text) => {
    expect(read(text)).toBe(-1);
  });

  test('reads only its slice of a larger buffer', () => {
    expect(readDottedQuad(Buffer.from('x10.0.0.1\n'), 1, 9)).toBe(0x0a000001);
  });

  const soup = fc
    .array(fc.constantFrom(...'0123456789.. x/'.split('')), { maxLength: 18 })
    .map((chars) => chars.join(''));
  fcTest.prop([fc.oneof(soup, fc.ipV4(), fc.ipV4Extended())])(
    'agrees with parseIpv4 on every text',
    (text) => {
      expect(read(text)).toBe(careful(text));
    },
  );
});
