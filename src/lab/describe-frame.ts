import { formatAddress } from '../calc/format-address.js';
import { formatMac } from '../calc/mac-address.js';
import { dissectFrame } from '../sim/dissect-frame.js';

const BROADCAST = 'ff:ff:ff:ff:ff:ff';

/** What one captured frame says, in the terms the course uses; `--json` prints it as it is. */
export interface FrameFacts {
  readonly source: string;
  readonly destination: string;
  readonly kind: 'arp' | 'icmp' | 'tcp' | 'udp' | 'ipv4' | 'other';
  readonly arp?: {
    readonly op: 'request' | 'reply';
    readonly senderIp: string;
    readonly senderMac: string;
    readonly targetIp: string;
  };
  readonly ip?: { readonly source: string; readonly destination: string; readonly ttl: number };
  readonly icmp?: { readonly type: number; readonly code: number };
  readonly tcp?: {
    readonly sourcePort: number;
    readonly destinationPort: number;
    readonly flags: readonly string[];
    readonly seq: number;
    readonly ack: number;
    readonly length: number;
  };
  readonly udp?: {
    readonly sourcePort: number;
    readonly destinationPort: number;
    readonly length: number;
  };
  /** One line a student can read: who, to whom, what. */
  readonly line: string;
}

const ip4 = (bytes: Uint8Array, at: number): string =>
  Array.from(bytes.subarray(at, at + 4)).join('.');
const mac = (bytes: Uint8Array, at: number): string =>
  Array.from(bytes.subarray(at, at + 6), (octet) => octet.toString(16).padStart(2, '0')).join(':');
const u16 = (bytes: Uint8Array, at: number): number =>
  ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);

const ICMP_NAMES: Readonly<Record<number, string>> = {
  0: 'echo reply',
  3: 'destination unreachable',
  8: 'echo request',
  11: 'time to live exceeded',
};

/** An ARP frame's facts and line, from its fields: captured frames and simulated ones alike. */
export function describeArp(
  source: string,
  destination: string,
  arp: NonNullable<FrameFacts['arp']>,
): FrameFacts {
  const { op } = arp;
  const cast = destination === BROADCAST ? 'broadcast' : 'unicast';
  const said =
    op === 'request'
      ? `request: who has ${arp.targetIp}? tell ${arp.senderIp}`
      : `reply: ${arp.senderIp} is at ${arp.senderMac}`;
  const line = `ARP  ${said} [${source} > ${destination} ${cast}]`;
  return { source, destination, kind: 'arp', arp, line };
}

/**
 * Describes a captured Ethernet frame: ARP requests and replies, and IPv4 with ICMP, TCP (taken
 * apart by netlab's own dissector, the one `netlab layers` uses) or UDP. Truncated or unknown
 * frames get kind "other" and a line that says so, never an exception.
 */
export function describeFrame(bytes: Uint8Array): FrameFacts {
  let dissection: ReturnType<typeof dissectFrame>;
  try {
    dissection = dissectFrame(bytes);
  } catch {
    return {
      source: '?',
      destination: '?',
      kind: 'other',
      line: `???  ${bytes.length}-byte frame too short to read`,
    };
  }
  const source = formatMac(dissection.ethernet.source);
  const destination = formatMac(dissection.ethernet.destination);
  const macs = `[${source} > ${destination}]`;
  const { ethernet, ipv4, tcp } = dissection;
  if (ethernet.etherType === 0x0806 && ethernet.payload.length >= 28)
    return describeArp(source, destination, {
      op: u16(ethernet.payload, 6) === 1 ? 'request' : 'reply',
      senderMac: mac(ethernet.payload, 8),
      senderIp: ip4(ethernet.payload, 14),
      targetIp: ip4(ethernet.payload, 24),
    });
  if (ipv4 === null) {
    const type = `0x${ethernet.etherType.toString(16).padStart(4, '0')}`;
    return {
      source,
      destination,
      kind: 'other',
      line: `ETH  ${source} > ${destination}: EtherType ${type}`,
    };
  }
  const ip = {
    source: formatAddress(ipv4.source),
    destination: formatAddress(ipv4.destination),
    ttl: ipv4.ttl,
  };
  const data = ipv4.payload;
  if (ipv4.fragmentOffset !== 0) {
    const line = `IP   ${ip.source} > ${ip.destination} fragment at byte ${ipv4.fragmentOffset * 8}${ipv4.moreFragments ? ', more follow' : ', the last'} ttl=${ip.ttl} ${macs}`;
    return { source, destination, kind: 'ipv4', ip, line };
  }
  if (tcp !== null) {
    const facts = {
      sourcePort: tcp.sourcePort,
      destinationPort: tcp.destinationPort,
      flags: tcp.flags,
      seq: tcp.seq,
      ack: tcp.ack,
      length: tcp.payload.length,
    };
    const flags = tcp.flags.join(',');
    const line = `TCP  ${ip.source}:${facts.sourcePort} > ${ip.destination}:${facts.destinationPort} ${flags} seq=${facts.seq} ack=${facts.ack} len=${facts.length} ttl=${ip.ttl} ${macs}`;
    return { source, destination, kind: 'tcp', ip, tcp: facts, line };
  }
  if (ipv4.protocol === 1 && data.length >= 4) {
    const icmp = { type: data[0] ?? 0, code: data[1] ?? 0 };
    const name = ICMP_NAMES[icmp.type] ?? `type ${icmp.type}`;
    const line = `ICMP ${ip.source} > ${ip.destination} ${name} ttl=${ip.ttl} ${macs}`;
    return { source, destination, kind: 'icmp', ip, icmp, line };
  }
  if (ipv4.protocol === 17 && data.length >= 8) {
    const udp = {
      sourcePort: u16(data, 0),
      destinationPort: u16(data, 2),
      length: u16(data, 4) - 8,
    };
    const line = `UDP  ${ip.source}:${udp.sourcePort} > ${ip.destination}:${udp.destinationPort} len=${udp.length} ttl=${ip.ttl} ${macs}`;
    return { source, destination, kind: 'udp', ip, udp, line };
  }
  return {
    source,
    destination,
    kind: 'ipv4',
    ip,
    line: `IP   ${ip.source} > ${ip.destination} protocol ${ipv4.protocol} ttl=${ip.ttl} ${macs}`,
  };
}
