import { Buffer } from 'node:buffer';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { crc32 } from '../../src/sim/crc32.js';
import { dissectFrame } from '../../src/sim/dissect-frame.js';
import { encapsulate, LESSON_ENDPOINTS } from '../../src/sim/encapsulate.js';
import { frameCheckSequence } from '../../src/sim/ethernet-frame.js';
import { internetChecksum } from '../../src/sim/internet-checksum.js';
import { parseIpv4Packet } from '../../src/sim/ipv4-packet.js';

/** An independent RFC 1071 sum: 32-bit accumulate over a Buffer, fold at the end. */
function onesComplementSum(bytes: Uint8Array): number {
  const buffer = Buffer.concat([Buffer.from(bytes), Buffer.alloc(bytes.length % 2)]);
  let sum = 0;
  for (let offset = 0; offset < buffer.length; offset += 2) sum += buffer.readUInt16BE(offset);
  while (sum > 0xffff) sum = (sum >>> 16) + (sum & 0xffff);
  return sum;
}

const payload = new TextEncoder().encode('GET / HTTP/1.1');
const built = encapsulate(payload);

describe('checksums', () => {
  test('internetChecksum() matches the worked example of RFC 1071 §3', () => {
    // RFC 1071 sums 00 01 f2 03 f4 f5 f6 f7 to ddf2; the checksum is its complement.
    expect(internetChecksum(Uint8Array.of(0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7))).toBe(
      0xffff - 0xddf2,
    );
  });

  test('the IPv4 header sums to 0xffff with its checksum in place', () => {
    expect(onesComplementSum(built.packet.subarray(0, 20))).toBe(0xffff);
  });

  test('the TCP checksum, summed with the pseudo-header the test builds, gives 0xffff', () => {
    const pseudo = Buffer.alloc(12);
    pseudo.writeUInt32BE(Number(LESSON_ENDPOINTS.sourceIp.value), 0);
    pseudo.writeUInt32BE(Number(LESSON_ENDPOINTS.destinationIp.value), 4);
    pseudo.writeUInt8(6, 9);
    pseudo.writeUInt16BE(built.segment.length, 10);
    expect(onesComplementSum(Buffer.concat([pseudo, built.segment]))).toBe(0xffff);
  });

  test('a flipped header bit makes the IPv4 checksum fail', () => {
    const broken = built.packet.slice();
    broken[8] = (broken[8] ?? 0) ^ 0x01;
    expect(parseIpv4Packet(broken).checksumValid).toBe(false);
  });

  fcTest.prop([fc.uint8Array({ maxLength: 1460 })])(
    'every payload gives checksums that verify',
    (data) => {
      const frame = encapsulate(data);
      const dissection = dissectFrame(frame.frame);
      expect([dissection.ipv4?.checksumValid, dissection.tcp?.checksumValid]).toEqual([true, true]);
      expect(Buffer.from(dissection.payload ?? []).equals(Buffer.from(data))).toBe(true);
    },
  );

  test('crc32() gives the standard check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test('crc32() agrees with zlib on the frame', () => {
    expect(crc32(built.frame)).toBe(zlibCrc32(built.frame));
  });

  test('the FCS is the CRC-32 least significant byte first, so frame + FCS leaves the 802.3 residue', () => {
    const fcs = frameCheckSequence(built.frame);
    expect(Buffer.from(fcs).readUInt32LE(0)).toBe(crc32(built.frame));
    expect(crc32(Buffer.concat([built.frame, fcs]))).toBe(0x2144df1c);
  });
});

describe('frame layout', () => {
  test('a short payload is padded with zeros to the 60-byte minimum', () => {
    const empty = encapsulate(new Uint8Array());
    expect(empty.frame.length).toBe(60);
    expect(Array.from(empty.frame.subarray(54))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(dissectFrame(empty.frame).payload).toEqual(new Uint8Array());
  });

  test('the frame is Ethernet header, IPv4 packet, TCP segment, payload, in that order', () => {
    expect(built.frame.length).toBe(14 + 20 + 20 + payload.length);
    expect(Buffer.from(built.frame.subarray(12, 14)).toString('hex')).toBe('0800');
    expect(Buffer.from(built.frame.subarray(14)).equals(Buffer.from(built.packet))).toBe(true);
    expect(Buffer.from(built.packet.subarray(20)).equals(Buffer.from(built.segment))).toBe(true);
    expect(Buffer.from(built.segment.subarray(20)).equals(Buffer.from(payload))).toBe(true);
  });

  test('dissectFrame() refuses a frame cut short with the length it needs', () => {
    expect(() => dissectFrame(built.frame.subarray(0, 30))).toThrowError(
      'cannot parse an IPv4 header: it needs 20 bytes, got 16',
    );
  });
});
