import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { LengthPrefixDecoder } from '../../src/net/length-prefix-decoder.js';
import { encodeFrame } from '../../src/net/length-prefix-encoder.js';
import {
  ackFrame,
  dataFramePrefix,
  endFrame,
  errorFrame,
  headerFrame,
} from '../../src/transfer/encode-transfer-frame.js';
import { parseTransferFrame } from '../../src/transfer/parse-transfer-frame.js';
import { TransferError } from '../../src/transfer/transfer-error.js';

/** Decodes one whole frame (prefix included) back into a message. */
function roundTrip(frame: Buffer) {
  const frames = new LengthPrefixDecoder().push(frame);
  expect(frames).toHaveLength(1);
  return parseTransferFrame(frames[0] as Buffer);
}

function payload(type: string, body: string | Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(type, 'latin1'),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
  ]);
}

describe('transfer frames on the wire', () => {
  test('headerFrame() writes the length, "H" and the JSON header', () => {
    const frame = headerFrame({ name: 'a.bin', size: 3 });
    const json = '{"name":"a.bin","size":3}';
    expect(frame.readUInt32BE(0)).toBe(1 + json.length);
    expect(frame.subarray(4).toString('latin1')).toBe(`H${json}`);
  });

  test('dataFramePrefix() is the 4-byte length of type byte plus data, then "D"', () => {
    expect([...dataFramePrefix(262_144)]).toEqual([0x00, 0x04, 0x00, 0x01, 0x44]);
  });

  test.for([0, 1024 * 1024 + 1])('dataFramePrefix() refuses %i bytes of data', (length) => {
    expect(() => dataFramePrefix(length)).toThrow(RangeError);
  });

  fcTest.prop([fc.string({ maxLength: 250 }), fc.maxSafeNat()])(
    'a header frame decodes to the name and size it was built from',
    (name, size) => {
      expect(roundTrip(headerFrame({ name, size }))).toEqual({ kind: 'header', name, size });
    },
  );

  fcTest.prop([fc.uint8Array({ minLength: 32, maxLength: 32 })])(
    'an end frame decodes to its digest',
    (digest) => {
      const message = roundTrip(endFrame(digest));
      expect(message.kind === 'end' && [...message.sha256]).toEqual([...digest]);
    },
  );

  test('an ack frame and an error frame decode to what they carry', () => {
    const ack = { name: 'a', size: 1, sha256: 'ab'.repeat(32) };
    expect(roundTrip(ackFrame(ack))).toEqual({ kind: 'ack', ...ack });
    const error = { code: 'file-exists', message: 'no' };
    expect(roundTrip(errorFrame(error))).toEqual({ kind: 'error', ...error });
  });
});

const hostile: readonly (readonly [string, Buffer, string])[] = [
  [
    'an empty frame',
    Buffer.alloc(0),
    'refusing an empty frame: every frame starts with a type byte',
  ],
  [
    'an unknown type byte',
    payload('Z', 'x'),
    "refusing a frame of unknown type 0x5a: the types are H, D, E, A and X (is the peer netlab's transfer protocol?)",
  ],
  [
    'a header that is not JSON',
    payload('H', 'name=a'),
    'cannot read the header frame: it is not UTF-8 JSON (Unexpected token \'a\', "name=a" is not valid JSON)',
  ],
  [
    'a header that is not UTF-8',
    payload('H', Buffer.from([0xff, 0xfe])),
    'cannot read the header frame: it is not UTF-8 JSON (The encoded data was not valid for encoding utf-8)',
  ],
  [
    'a header that is a JSON array',
    payload('H', '[1]'),
    'cannot read the header frame: its JSON is not an object',
  ],
  [
    'a header without a name',
    payload('H', '{"size":1}'),
    'the header frame\'s "name" is not a string',
  ],
  [
    'a header with a negative size',
    payload('H', '{"name":"a","size":-1}'),
    'the header frame\'s "size" must be a whole number of bytes from 0 to 2^53-1, got -1',
  ],
  [
    'a header with a fractional size',
    payload('H', '{"name":"a","size":1.5}'),
    'the header frame\'s "size" must be a whole number of bytes from 0 to 2^53-1, got 1.5',
  ],
  [
    'a header with a size past 2^53',
    payload('H', '{"name":"a","size":1e300}'),
    'the header frame\'s "size" must be a whole number of bytes from 0 to 2^53-1, got 1e+300',
  ],
  [
    'a header with a string size',
    payload('H', '{"name":"a","size":"1"}'),
    'the header frame\'s "size" must be a whole number of bytes from 0 to 2^53-1, got "1"',
  ],
  [
    'a header over 4 KiB',
    payload('H', `{"name":"${'a'.repeat(5000)}","size":1}`),
    'refusing a header frame with 5020 bytes of JSON: the limit is 4096',
  ],
  [
    'an empty data frame',
    payload('D', ''),
    'refusing a data frame of 0 bytes: it must carry 1 to 1048576',
  ],
  [
    'an end frame with a short digest',
    payload('E', Buffer.alloc(31)),
    'refusing an end frame of 31 bytes: it must carry a 32-byte SHA-256',
  ],
];

describe('parseTransferFrame() refuses hostile frames', () => {
  test.for(hostile)('parseTransferFrame() refuses %s', ([, frame, message]) => {
    let caught: unknown;
    try {
      parseTransferFrame(frame);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TransferError);
    expect((caught as TransferError).message).toBe(message);
  });

  test('parseTransferFrame() keeps a data frame as a view, without copying', () => {
    const frame = encodeFrame(payload('D', 'abc')).subarray(4);
    const message = parseTransferFrame(frame);
    expect(message.kind === 'data' && message.payload.buffer).toBe(frame.buffer);
  });
});
