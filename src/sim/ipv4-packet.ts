import type { IpAddress } from '../calc/address.js';
import { needBytes, readUint, writeUint } from './_bytes.js';
import { internetChecksum } from './internet-checksum.js';

/** The header length netlab writes: 20 bytes, no options. */
export const IPV4_HEADER_LENGTH = 20;

/** The fields of an IPv4 header that netlab sets (RFC 791 §3.1). */
export interface Ipv4Fields {
  readonly identification: number;
  readonly dontFragment: boolean;
  readonly ttl: number;
  /** 6 for TCP, 17 for UDP. */
  readonly protocol: number;
  readonly source: IpAddress;
  readonly destination: IpAddress;
}

/** A parsed IPv4 packet. */
export interface ParsedIpv4Packet extends Ipv4Fields {
  readonly version: number;
  readonly headerLength: number;
  readonly dscpEcn: number;
  readonly totalLength: number;
  readonly moreFragments: boolean;
  readonly fragmentOffset: number;
  readonly checksum: number;
  /** The header checksum verifies (the header sums to 0xffff). */
  readonly checksumValid: boolean;
  /** Exactly `totalLength - headerLength` bytes: link-layer padding is left behind. */
  readonly payload: Uint8Array;
}

/** Builds an IPv4 packet: a 20-byte header with its header checksum, then the payload. */
export function buildIpv4Packet(fields: Ipv4Fields, payload: Uint8Array): Uint8Array {
  const totalLength = IPV4_HEADER_LENGTH + payload.length;
  if (totalLength > 0xffff)
    throw new RangeError(`an IPv4 packet holds at most 65535 bytes, not ${totalLength}`);
  const bytes = new Uint8Array(totalLength);
  bytes[0] = (4 << 4) | (IPV4_HEADER_LENGTH / 4);
  writeUint(bytes, 2, 2, totalLength);
  writeUint(bytes, 4, 2, fields.identification);
  writeUint(bytes, 6, 2, fields.dontFragment ? 0x4000 : 0);
  bytes[8] = fields.ttl;
  bytes[9] = fields.protocol;
  writeUint(bytes, 12, 4, Number(fields.source.value));
  writeUint(bytes, 16, 4, Number(fields.destination.value));
  writeUint(bytes, 10, 2, internetChecksum(bytes.subarray(0, IPV4_HEADER_LENGTH)));
  bytes.set(payload, IPV4_HEADER_LENGTH);
  return bytes;
}

const address = (bytes: Uint8Array, offset: number): IpAddress => ({
  version: 4,
  value: BigInt(readUint(bytes, offset, 4)),
});

/** Parses an IPv4 packet, verifies its header checksum and cuts the payload at the total length. */
export function parseIpv4Packet(bytes: Uint8Array): ParsedIpv4Packet {
  needBytes(bytes, IPV4_HEADER_LENGTH, 'an IPv4 header');
  const headerLength = ((bytes[0] ?? 0) & 0x0f) * 4;
  const totalLength = readUint(bytes, 2, 2);
  needBytes(
    bytes,
    Math.max(headerLength, totalLength, IPV4_HEADER_LENGTH),
    'the IPv4 packet its header announces',
  );
  const flagsAndOffset = readUint(bytes, 6, 2);
  return {
    version: (bytes[0] ?? 0) >> 4,
    headerLength,
    dscpEcn: bytes[1] ?? 0,
    totalLength,
    identification: readUint(bytes, 4, 2),
    dontFragment: (flagsAndOffset & 0x4000) !== 0,
    moreFragments: (flagsAndOffset & 0x2000) !== 0,
    fragmentOffset: flagsAndOffset & 0x1fff,
    ttl: bytes[8] ?? 0,
    protocol: bytes[9] ?? 0,
    checksum: readUint(bytes, 10, 2),
    source: address(bytes, 12),
    destination: address(bytes, 16),
    checksumValid: internetChecksum(bytes.subarray(0, headerLength)) === 0,
    payload: bytes.slice(headerLength, totalLength),
  };
}
