import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { ByteOutput, writeBytes, writeDotted } from '../../src/batch/_byte-output.js';
import { formatAddress } from '../../src/calc/format-address.js';

function written(write: (out: ByteOutput) => void): string {
  const out = new ByteOutput();
  write(out);
  return out.take()?.toString() ?? '';
}

const group = fc.oneof(fc.constant(0), fc.nat(0xffff));

describe('ByteOutput', () => {
  fcTest.prop([fc.nat(0xffffffff)])('dotted() writes what formatAddress writes', (value) => {
    expect(written((out) => out.dotted(value))).toBe(
      formatAddress({ version: 4, value: BigInt(value) }),
    );
  });

  fcTest.prop([fc.array(group, { minLength: 8, maxLength: 8 })])(
    'ipv6() writes RFC 5952 text as formatAddress does (IPv4-mapped aside)',
    (groups) => {
      fc.pre(!(groups.slice(0, 5).every((part) => part === 0) && groups[5] === 0xffff));
      const value = groups.reduce((sum, part) => (sum << 16n) | BigInt(part), 0n);
      expect(written((out) => out.ipv6(Uint16Array.from(groups)))).toBe(
        formatAddress({ version: 6, value }),
      );
    },
  );

  test('grows past its first buffer and keeps every byte in order', () => {
    const out = new ByteOutput();
    const piece = Buffer.from('0123456789abcdef'.repeat(64));
    for (let index = 0; index < 2000; index += 1) out.put(piece);
    const bytes = out.take();
    expect(bytes?.length).toBe(piece.length * 2000);
    expect(bytes?.subarray(-piece.length).equals(piece)).toBe(true);
    expect(out.take()).toBeNull();
  });

  test('repeat() writes a span of its own output again, and text() writes UTF-8', () => {
    expect(
      written((out) => {
        out.text('[10.0.0.1 §] ');
        out.repeat(1, 12);
      }),
    ).toBe('[10.0.0.1 §] 10.0.0.1 §');
  });

  test('reserve() and advance() keep what was written into the reserved room, after earlier output', () => {
    expect(
      written((out) => {
        out.text('[');
        const bytes = out.reserve(40);
        const end = writeBytes(
          bytes,
          writeDotted(out.view, out.length, 0xc0a80001),
          Buffer.from(']'),
        );
        out.advance(end);
      }),
    ).toBe('[192.168.0.1]');
  });

  test.for([-1, 1 << 21])('advance(%i) outside the buffer throws a RangeError', (end) => {
    const out = new ByteOutput();
    out.text('abc');
    expect(() => out.advance(end)).toThrow(RangeError);
  });
});
