import type { MacAddress } from '../calc/mac-address.js';
import { needBytes, readMac, readUint, writeMac, writeUint } from './_bytes.js';
import { crc32 } from './crc32.js';

/** Destination, source and EtherType: 14 bytes. */
export const ETHERNET_HEADER_LENGTH = 14;

/** The shortest frame without its FCS (64 bytes on the wire, less the 4-byte FCS). */
export const ETHERNET_MIN_FRAME = 60;

/** The fields of an Ethernet II header. */
export interface EthernetFields {
  readonly destination: MacAddress;
  readonly source: MacAddress;
  /** 0x0800 IPv4, 0x0806 ARP, 0x86dd IPv6. */
  readonly etherType: number;
}

/** A parsed Ethernet II frame (without FCS). */
export interface ParsedEthernetFrame extends EthernetFields {
  /** Everything after the header, padding included: the layer above knows its own length. */
  readonly payload: Uint8Array;
}

/**
 * Builds an Ethernet II frame as a capture shows it: header, payload, and zero padding up to 60
 * bytes when the payload is shorter than 46. The FCS is not included: the NIC appends it on the
 * wire (see `frameCheckSequence`), and pcap files normally leave it out.
 */
export function buildEthernetFrame(fields: EthernetFields, payload: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(
    Math.max(ETHERNET_MIN_FRAME, ETHERNET_HEADER_LENGTH + payload.length),
  );
  writeMac(bytes, 0, fields.destination.value);
  writeMac(bytes, 6, fields.source.value);
  writeUint(bytes, 12, 2, fields.etherType);
  bytes.set(payload, ETHERNET_HEADER_LENGTH);
  return bytes;
}

/** Parses an Ethernet II frame (no FCS). */
export function parseEthernetFrame(bytes: Uint8Array): ParsedEthernetFrame {
  needBytes(bytes, ETHERNET_HEADER_LENGTH, 'an Ethernet header');
  return {
    destination: { value: readMac(bytes, 0) },
    source: { value: readMac(bytes, 6) },
    etherType: readUint(bytes, 12, 2),
    payload: bytes.slice(ETHERNET_HEADER_LENGTH),
  };
}

/** The 4 FCS bytes the NIC appends: the frame's CRC-32, least significant byte first. */
export function frameCheckSequence(frame: Uint8Array): Uint8Array {
  const crc = crc32(frame);
  return Uint8Array.of(crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, crc >>> 24);
}
