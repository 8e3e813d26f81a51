import { formatAddress } from '../calc/format-address.js';
import { formatMac } from '../calc/mac-address.js';
import {
  ETHERNET_HEADER_LENGTH,
  type ParsedEthernetFrame,
  parseEthernetFrame,
} from './ethernet-frame.js';
import { type ParsedIpv4Packet, parseIpv4Packet } from './ipv4-packet.js';
import { type ParsedTcpSegment, parseTcpSegment } from './tcp-segment.js';

/** A header field a dissection names; renderers translate the key. */
export type FrameField =
  | 'eth-destination'
  | 'eth-source'
  | 'eth-type'
  | 'ip-version-length'
  | 'ip-dscp-ecn'
  | 'ip-total-length'
  | 'ip-identification'
  | 'ip-flags-fragment'
  | 'ip-ttl'
  | 'ip-protocol'
  | 'ip-checksum'
  | 'ip-source'
  | 'ip-destination'
  | 'tcp-source-port'
  | 'tcp-destination-port'
  | 'tcp-seq'
  | 'tcp-ack'
  | 'tcp-offset-flags'
  | 'tcp-window'
  | 'tcp-checksum'
  | 'tcp-urgent'
  | 'payload'
  | 'padding';

/** One field: where it sits in the frame and what it says, in language-neutral text. */
export interface FieldSpan {
  readonly field: FrameField;
  readonly offset: number;
  readonly length: number;
  readonly value: string;
  /** For checksums: whether it verifies. */
  readonly valid?: boolean;
}

/** The layers of a frame, outermost first. */
export type LayerName = 'ethernet' | 'ipv4' | 'tcp' | 'payload';

/** A dissected frame: the parsed headers and every field's span. */
export interface Dissection {
  readonly layers: readonly { readonly layer: LayerName; readonly fields: readonly FieldSpan[] }[];
  readonly ethernet: ParsedEthernetFrame;
  readonly ipv4: ParsedIpv4Packet | null;
  readonly tcp: ParsedTcpSegment | null;
  /** The application data, or null when the frame is not IPv4/TCP. */
  readonly payload: Uint8Array | null;
}

const hex = (value: number, digits: number): string =>
  `0x${value.toString(16).padStart(digits, '0')}`;

type Spanner = (field: FrameField, length: number, value: string, valid?: boolean) => FieldSpan;

/** Hands out consecutive spans starting at `start`. */
function spanner(start: number): Spanner {
  let offset = start;
  return (field, length, value, valid) => {
    const span: FieldSpan =
      valid === undefined
        ? { field, offset, length, value }
        : { field, offset, length, value, valid };
    offset += length;
    return span;
  };
}

function ethernetSpans(frame: ParsedEthernetFrame): FieldSpan[] {
  const next = spanner(0);
  const type = frame.etherType === 0x0800 ? ' (IPv4)' : frame.etherType === 0x0806 ? ' (ARP)' : '';
  return [
    next('eth-destination', 6, formatMac(frame.destination)),
    next('eth-source', 6, formatMac(frame.source)),
    next('eth-type', 2, `${hex(frame.etherType, 4)}${type}`),
  ];
}

function ipv4Spans(packet: ParsedIpv4Packet, start: number): FieldSpan[] {
  const next = spanner(start);
  const flags = [packet.dontFragment ? 'DF' : '', packet.moreFragments ? 'MF' : '']
    .filter(Boolean)
    .join(',');
  return [
    next('ip-version-length', 1, `${packet.version}, ${packet.headerLength}`),
    next('ip-dscp-ecn', 1, String(packet.dscpEcn)),
    next('ip-total-length', 2, String(packet.totalLength)),
    next('ip-identification', 2, hex(packet.identification, 4)),
    next('ip-flags-fragment', 2, `${flags || '-'}, ${packet.fragmentOffset}`),
    next('ip-ttl', 1, String(packet.ttl)),
    next('ip-protocol', 1, packet.protocol === 6 ? '6 (TCP)' : String(packet.protocol)),
    next('ip-checksum', 2, hex(packet.checksum, 4), packet.checksumValid),
    next('ip-source', 4, formatAddress(packet.source)),
    next('ip-destination', 4, formatAddress(packet.destination)),
  ];
}

function tcpSpans(segment: ParsedTcpSegment, start: number): FieldSpan[] {
  const next = spanner(start);
  return [
    next('tcp-source-port', 2, String(segment.sourcePort)),
    next('tcp-destination-port', 2, String(segment.destinationPort)),
    next('tcp-seq', 4, String(segment.seq)),
    next('tcp-ack', 4, String(segment.ack)),
    next('tcp-offset-flags', 2, `${segment.headerLength}, ${segment.flags.join(',')}`),
    next('tcp-window', 2, String(segment.window)),
    next('tcp-checksum', 2, hex(segment.checksum, 4), segment.checksumValid),
    next('tcp-urgent', 2, String(segment.urgentPointer)),
  ];
}

/**
 * Takes a captured Ethernet frame apart the way a receiver does: Ethernet, then IPv4 when the
 * EtherType says 0x0800, then TCP when the protocol says 6, verifying both checksums and cutting
 * off link padding by the IPv4 total length. Throws NetlabError for truncated bytes.
 */
export function dissectFrame(frame: Uint8Array): Dissection {
  const ethernet = parseEthernetFrame(frame);
  const layers: { layer: LayerName; fields: FieldSpan[] }[] = [
    { layer: 'ethernet', fields: ethernetSpans(ethernet) },
  ];
  if (ethernet.etherType !== 0x0800)
    return { layers, ethernet, ipv4: null, tcp: null, payload: null };
  const ipv4 = parseIpv4Packet(ethernet.payload);
  layers.push({ layer: 'ipv4', fields: ipv4Spans(ipv4, ETHERNET_HEADER_LENGTH) });
  if (ipv4.protocol !== 6) return { layers, ethernet, ipv4, tcp: null, payload: null };
  const tcpStart = ETHERNET_HEADER_LENGTH + ipv4.headerLength;
  const tcp = parseTcpSegment(ipv4.payload, { source: ipv4.source, destination: ipv4.destination });
  layers.push({ layer: 'tcp', fields: tcpSpans(tcp, tcpStart) });
  const payloadStart = tcpStart + tcp.headerLength;
  const fields: FieldSpan[] = [];
  if (tcp.payload.length > 0) {
    const value = new TextDecoder().decode(tcp.payload);
    fields.push({ field: 'payload', offset: payloadStart, length: tcp.payload.length, value });
  }
  const padding = frame.length - (ETHERNET_HEADER_LENGTH + ipv4.totalLength);
  if (padding > 0) {
    fields.push({
      field: 'padding',
      offset: ETHERNET_HEADER_LENGTH + ipv4.totalLength,
      length: padding,
      value: String(padding),
    });
  }
  layers.push({ layer: 'payload', fields });
  return { layers, ethernet, ipv4, tcp, payload: tcp.payload };
}
