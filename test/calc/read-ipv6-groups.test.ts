import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { parseIpv6 } from '../../src/calc/parse-address.js';
import { readIpv6Groups } from '../../src/calc/read-ipv6-groups.js';

/** The groups as one 128-bit value, or null when readIpv6Groups refuses the text. */
function read(text: string): bigint | null {
  const groups = new Uint16Array(8);
  if (!readIpv6Groups(Buffer.from(text), 0, Buffer.byteLength(text), groups)) return null;
  return [...groups].reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function careful(text: string): bigint | null {
  try {
    return parseIpv6(text).value;
  } catch {
    return null;
  }
}

describe('readIpv6Groups', () => {
  test.for([
    ['::', 0n],
    ['::1', 1n],
    ['1::', 1n << 112n],
    ['2001:DB8::1', 0x20010db8000000000000000000000001n],
    ['1:2:3:4:5:6:7:8', 0x00010002000300040005000600070008n],
    ['::2:3:4:5:6:7:8', 0x00000002000300040005000600070008n],
    ['1:2:3:4:5:6:7::', 0x00010002000300040005000600070000n],
  ] as const)('reads %s', ([text, value]) => {
    expect(read(text)).toBe(value);
  });

  test.for([
    '',
    ':',
    ':::',
    '1::2::3',
    ':1::',
    '1:',
    '12345::',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4::5:6:7:8',
    '::ffff:1.2.3.4',
    'fe80::1%eth0',
    '2001:db8::/32',
    'g::1',
  ])('leaves %j to the careful parser', (text) => {
    expect(read(text)).toBeNull();
  });

  const soup = fc
    .array(fc.constantFrom(...'0123456789abcdefABCDEF:::'.split('')), { maxLength: 30 })
    .map((chars) => chars.join(''));
  fcTest.prop([fc.oneof(soup, fc.ipV6())])(
    'reads the value parseIpv6 reads, and takes every hex-group text it accepts',
    (text) => {
      const fast = read(text);
      // A dotted tail, zone or prefix is the careful parser's to read or explain.
      if (fast !== null || !/[.%/]/.test(text)) expect(fast).toBe(careful(text));
    },
  );
});
