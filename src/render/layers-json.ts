import type { Dissection } from '../sim/dissect-frame.js';
import type { Encapsulation } from '../sim/encapsulate.js';
import { FIVE_LAYERS } from '../sim/five-layers.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** The JSON form of `netlab layers`: the model, every layer's bytes and fields, and the unwrapping. */
export function layersJson(
  built: Encapsulation,
  dissection: Dissection,
  pcap: string | null,
): unknown {
  const { ipv4, tcp, payload } = dissection;
  return {
    model: FIVE_LAYERS,
    payload: {
      text: new TextDecoder().decode(built.payload),
      hex: hex(built.payload),
      length: built.payload.length,
    },
    segment: { hex: hex(built.segment), length: built.segment.length },
    packet: { hex: hex(built.packet), length: built.packet.length },
    frame: {
      hex: hex(built.frame),
      length: built.frame.length,
      fcs: hex(built.fcs),
      fcsIncluded: false,
    },
    layers: dissection.layers,
    decapsulated: {
      etherType: dissection.ethernet.etherType,
      ipv4ChecksumValid: ipv4?.checksumValid ?? null,
      tcpChecksumValid: tcp?.checksumValid ?? null,
      payloadHex: payload && hex(payload),
      matches: payload !== null && hex(payload) === hex(built.payload),
    },
    pcap,
  };
}
