import { formatAddress } from '../calc/format-address.js';
import { formatMac } from '../calc/mac-address.js';
import type { Lang } from '../core/lang.js';
import { dissectFrame } from '../sim/dissect-frame.js';
import { labWords } from './_lab-words.js';

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
  /** An IPv4 fragment after the first: where its bytes start, and whether more follow. */
  readonly fragment?: { readonly offset: number; readonly more: boolean };
  /** The protocol number of an IPv4 packet that is none of ICMP, TCP and UDP. */
  readonly protocol?: number;
  /** The EtherType of a frame that is neither ARP nor IPv4. */
  readonly etherType?: number;
  /** The size of a frame too short to read. */
  readonly bytes?: number;
  /** One line a student can read, in English: who, to whom, what (see frameLine). */
  readonly line: string;
}

/** A frame's facts before its line is written. */
type Facts = Omit<FrameFacts, 'line'>;

const ip4 = (bytes: Uint8Array, at: number): string =>
  Array.from(bytes.subarray(at, at + 4)).join('.');
const mac = (bytes: Uint8Array, at: number): string =>
  Array.from(bytes.subarray(at, at + 6), (octet) => octet.toString(16).padStart(2, '0')).join(':');
const u16 = (bytes: Uint8Array, at: number): number =>
  ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);

/** The message of each ICMP type a lesson meets. */
const ICMP_WORDS: Readonly<Record<number, string>> = {
  0: 'frame.icmp.echo-reply',
  3: 'frame.icmp.unreachable',
  8: 'frame.icmp.echo-request',
  11: 'frame.icmp.time-exceeded',
};

/** What an IPv4 packet that is not ICMP, TCP or UDP is: a later fragment, or its protocol. */
function ipv4Said(facts: Facts, lang: Lang): string {
  const words = labWords(lang);
  if (facts.fragment === undefined)
    return words.format('frame.protocol', { protocol: facts.protocol ?? 0 });
  const key = facts.fragment.more ? 'frame.fragment.more' : 'frame.fragment.last';
  return words.format(key, { offset: facts.fragment.offset });
}

/**
 * A frame's line in `lang`, from its facts alone: protocol names, addresses, ports, flags and
 * `seq=`/`ttl=` fields as tshark writes them, the words between them in the language. The English
 * line is the one `describeFrame` puts in the facts (and `--json` prints).
 */
export function frameLine(facts: Facts, lang: Lang): string {
  const words = labWords(lang);
  const { source, destination, ip } = facts;
  const macs = `[${source} > ${destination}]`;
  const ttl = `ttl=${ip?.ttl}`;
  if (facts.arp !== undefined) {
    const { arp } = facts;
    const cast = words.format(destination === BROADCAST ? 'frame.broadcast' : 'frame.unicast');
    const said =
      arp.op === 'request'
        ? words.format('frame.arp.request', { target: arp.targetIp, sender: arp.senderIp })
        : words.format('frame.arp.reply', { sender: arp.senderIp, mac: arp.senderMac });
    return `ARP  ${said} [${source} > ${destination} ${cast}]`;
  }
  if (ip === undefined) {
    if (facts.bytes !== undefined)
      return `???  ${words.format('frame.too-short', { bytes: facts.bytes })}`;
    const type = `0x${(facts.etherType ?? 0).toString(16).padStart(4, '0')}`;
    return `ETH  ${source} > ${destination}: EtherType ${type}`;
  }
  const { tcp, udp, icmp } = facts;
  if (tcp !== undefined) {
    const ports = `${ip.source}:${tcp.sourcePort} > ${ip.destination}:${tcp.destinationPort}`;
    return `TCP  ${ports} ${tcp.flags.join(',')} seq=${tcp.seq} ack=${tcp.ack} len=${tcp.length} ${ttl} ${macs}`;
  }
  if (icmp !== undefined) {
    const key = ICMP_WORDS[icmp.type];
    const name =
      key === undefined ? words.format('frame.icmp.type', { type: icmp.type }) : words.format(key);
    return `ICMP ${ip.source} > ${ip.destination} ${name} ${ttl} ${macs}`;
  }
  if (udp !== undefined) {
    const ports = `${ip.source}:${udp.sourcePort} > ${ip.destination}:${udp.destinationPort}`;
    return `UDP  ${ports} len=${udp.length} ${ttl} ${macs}`;
  }
  return `IP   ${ip.source} > ${ip.destination} ${ipv4Said(facts, lang)} ${ttl} ${macs}`;
}

/** Facts with their English line. */
const described = (facts: Facts): FrameFacts => ({ ...facts, line: frameLine(facts, 'en') });

/** An ARP frame's facts and line, from its fields: captured frames and simulated ones alike. */
export function describeArp(
  source: string,
  destination: string,
  arp: NonNullable<FrameFacts['arp']>,
): FrameFacts {
  return described({ source, destination, kind: 'arp', arp });
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
    return described({ source: '?', destination: '?', kind: 'other', bytes: bytes.length });
  }
  const source = formatMac(dissection.ethernet.source);
  const destination = formatMac(dissection.ethernet.destination);
  const { ethernet, ipv4, tcp } = dissection;
  if (ethernet.etherType === 0x0806 && ethernet.payload.length >= 28)
    return describeArp(source, destination, {
      op: u16(ethernet.payload, 6) === 1 ? 'request' : 'reply',
      senderMac: mac(ethernet.payload, 8),
      senderIp: ip4(ethernet.payload, 14),
      targetIp: ip4(ethernet.payload, 24),
    });
  if (ipv4 === null)
    return described({ source, destination, kind: 'other', etherType: ethernet.etherType });
  const ip = {
    source: formatAddress(ipv4.source),
    destination: formatAddress(ipv4.destination),
    ttl: ipv4.ttl,
  };
  const data = ipv4.payload;
  if (ipv4.fragmentOffset !== 0) {
    const fragment = { offset: ipv4.fragmentOffset * 8, more: ipv4.moreFragments };
    return described({ source, destination, kind: 'ipv4', ip, fragment });
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
    return described({ source, destination, kind: 'tcp', ip, tcp: facts });
  }
  if (ipv4.protocol === 1 && data.length >= 4) {
    const icmp = { type: data[0] ?? 0, code: data[1] ?? 0 };
    return described({ source, destination, kind: 'icmp', ip, icmp });
  }
  if (ipv4.protocol === 17 && data.length >= 8) {
    const udp = {
      sourcePort: u16(data, 0),
      destinationPort: u16(data, 2),
      length: u16(data, 4) - 8,
    };
    return described({ source, destination, kind: 'udp', ip, udp });
  }
  return described({ source, destination, kind: 'ipv4', ip, protocol: ipv4.protocol });
}
