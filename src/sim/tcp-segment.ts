import type { IpAddress } from '../calc/address.js';
import { needBytes, readUint, writeUint } from './_bytes.js';
import { internetChecksum } from './internet-checksum.js';
import { FLAG_ORDER, type TcpFlag } from './tcp-state.js';

/** The header length netlab writes: 20 bytes, no options. */
export const TCP_HEADER_LENGTH = 20;

/** The bit of each flag in the flags byte (RFC 9293 §3.1). */
const FLAG_BITS: Record<TcpFlag, number> = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
};

/** The fields of a TCP header that netlab sets. */
export interface TcpFields {
  readonly sourcePort: number;
  readonly destinationPort: number;
  readonly seq: number;
  readonly ack: number;
  readonly flags: readonly TcpFlag[];
  readonly window: number;
}

/** The two IPv4 addresses the TCP checksum covers through the pseudo-header. */
export interface TcpEndpoints {
  readonly source: IpAddress;
  readonly destination: IpAddress;
}

/** A parsed TCP segment. */
export interface ParsedTcpSegment extends TcpFields {
  readonly headerLength: number;
  readonly checksum: number;
  readonly urgentPointer: number;
  /** The checksum over pseudo-header, header and data adds up (verifies to 0). */
  readonly checksumValid: boolean;
  readonly payload: Uint8Array;
}

/** The 12-byte IPv4 pseudo-header (RFC 9293 §3.1): addresses, zero, protocol 6, TCP length. */
function pseudoHeader(endpoints: TcpEndpoints, tcpLength: number): Uint8Array {
  const header = new Uint8Array(12);
  writeUint(header, 0, 4, Number(endpoints.source.value));
  writeUint(header, 4, 4, Number(endpoints.destination.value));
  header[9] = 6;
  writeUint(header, 10, 2, tcpLength);
  return header;
}

function checksumOver(endpoints: TcpEndpoints, segment: Uint8Array): number {
  const covered = new Uint8Array(12 + segment.length);
  covered.set(pseudoHeader(endpoints, segment.length));
  covered.set(segment, 12);
  return internetChecksum(covered);
}

/**
 * Builds a TCP segment: a 20-byte header (data offset 5, no options) and the payload, with the
 * checksum computed over the IPv4 pseudo-header, the header and the payload.
 */
export function buildTcpSegment(
  fields: TcpFields,
  payload: Uint8Array,
  endpoints: TcpEndpoints,
): Uint8Array {
  const bytes = new Uint8Array(TCP_HEADER_LENGTH + payload.length);
  writeUint(bytes, 0, 2, fields.sourcePort);
  writeUint(bytes, 2, 2, fields.destinationPort);
  writeUint(bytes, 4, 4, fields.seq);
  writeUint(bytes, 8, 4, fields.ack);
  bytes[12] = (TCP_HEADER_LENGTH / 4) << 4;
  bytes[13] = fields.flags.reduce((bits, flag) => bits | FLAG_BITS[flag], 0);
  writeUint(bytes, 14, 2, fields.window);
  bytes.set(payload, TCP_HEADER_LENGTH);
  writeUint(bytes, 16, 2, checksumOver(endpoints, bytes));
  return bytes;
}

/** Parses a TCP segment and verifies its checksum against the endpoints' pseudo-header. */
export function parseTcpSegment(bytes: Uint8Array, endpoints: TcpEndpoints): ParsedTcpSegment {
  needBytes(bytes, TCP_HEADER_LENGTH, 'a TCP header');
  const headerLength = ((bytes[12] ?? 0) >> 4) * 4;
  needBytes(
    bytes,
    Math.max(headerLength, TCP_HEADER_LENGTH),
    'the TCP header its data offset announces',
  );
  const flagBits = bytes[13] ?? 0;
  return {
    sourcePort: readUint(bytes, 0, 2),
    destinationPort: readUint(bytes, 2, 2),
    seq: readUint(bytes, 4, 4),
    ack: readUint(bytes, 8, 4),
    headerLength,
    flags: FLAG_ORDER.filter((flag) => (flagBits & FLAG_BITS[flag]) !== 0),
    window: readUint(bytes, 14, 2),
    checksum: readUint(bytes, 16, 2),
    urgentPointer: readUint(bytes, 18, 2),
    checksumValid: checksumOver(endpoints, bytes) === 0,
    payload: bytes.slice(headerLength),
  };
}
