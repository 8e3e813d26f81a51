import type { IpAddress } from '../calc/address.js';
import type { MacAddress } from '../calc/mac-address.js';
import { buildEthernetFrame, frameCheckSequence } from './ethernet-frame.js';
import { buildIpv4Packet } from './ipv4-packet.js';
import { buildTcpSegment } from './tcp-segment.js';

/** Who sends to whom, at every layer that has an address. */
export interface Endpoints {
  readonly sourceMac: MacAddress;
  /** The next hop's MAC: the gateway's when the destination IP is on another network. */
  readonly destinationMac: MacAddress;
  readonly sourceIp: IpAddress;
  readonly destinationIp: IpAddress;
  readonly sourcePort: number;
  readonly destinationPort: number;
}

/**
 * The endpoints `netlab layers` uses: host A of the ARP lesson (192.168.1.10, port 49152, the
 * first ephemeral port) asks a web server on 203.0.113.80:80 (a documentation address, RFC
 * 5737); the server is on another network, so the frame goes to the gateway's MAC.
 */
export const LESSON_ENDPOINTS: Endpoints = {
  sourceMac: { value: 0x02000000000an },
  destinationMac: { value: 0x020000000001n },
  sourceIp: { version: 4, value: 0xc0a8010an },
  destinationIp: { version: 4, value: 0xcb007150n },
  sourcePort: 49152,
  destinationPort: 80,
};

/**
 * The payload `netlab layers` sends when none is given: a complete HTTP/1.1 request for the
 * server above (RFC 9112: CRLF line ends, a Host header, an empty line), so Wireshark decodes it
 * as HTTP.
 */
export const LESSON_HTTP_REQUEST = 'GET / HTTP/1.1\r\nHost: 203.0.113.80\r\n\r\n';

/** The bytes of each layer, outermost last. */
export interface Encapsulation {
  readonly payload: Uint8Array;
  /** TCP header + payload. */
  readonly segment: Uint8Array;
  /** IPv4 header + segment. */
  readonly packet: Uint8Array;
  /** Ethernet header + packet (+ padding to 60 bytes); what a capture holds. */
  readonly frame: Uint8Array;
  /** The frame check sequence the NIC appends after `frame` on the wire. */
  readonly fcs: Uint8Array;
}

/**
 * Wraps an application payload layer by layer: a TCP segment (PSH,ACK, seq 1001 ack 5001 as
 * after `netlab handshake`'s default handshake), an IPv4 packet (TTL 64, DF), an Ethernet II
 * frame (EtherType 0x0800). Every length and checksum is computed from the real bytes.
 */
export function encapsulate(
  payload: Uint8Array,
  endpoints: Endpoints = LESSON_ENDPOINTS,
): Encapsulation {
  const segment = buildTcpSegment(
    {
      sourcePort: endpoints.sourcePort,
      destinationPort: endpoints.destinationPort,
      seq: 1001,
      ack: 5001,
      flags: ['PSH', 'ACK'],
      window: 64240,
    },
    payload,
    { source: endpoints.sourceIp, destination: endpoints.destinationIp },
  );
  const packet = buildIpv4Packet(
    {
      identification: 1,
      dontFragment: true,
      ttl: 64,
      protocol: 6,
      source: endpoints.sourceIp,
      destination: endpoints.destinationIp,
    },
    segment,
  );
  const frame = buildEthernetFrame(
    { destination: endpoints.destinationMac, source: endpoints.sourceMac, etherType: 0x0800 },
    packet,
  );
  return { payload, segment, packet, frame, fcs: frameCheckSequence(frame) };
}
