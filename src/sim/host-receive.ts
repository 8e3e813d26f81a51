import { isIpv4LinkLocal } from './_ipv4-link-local.js';
import { type ArpEntry, BROADCAST_MAC, type LanHost } from './lan.js';
import type { LanFrame } from './lan-frame.js';

/** What a host did with a frame the switch handed it. */
export type Reception =
  /** The destination MAC is neither its own nor broadcast: the NIC drops it unread. */
  | 'not-my-mac'
  /** An ARP packet for someone else's IP, from a sender it does not cache: read, then ignored. */
  | 'not-my-ip'
  /** An ARP packet for someone else's IP from a sender it already caches: it refreshes that entry (RFC 826). */
  | 'refreshes-sender'
  /** An ARP request for its IP: it caches the asker and answers. */
  | 'answers'
  /** An ARP reply to its question: it caches the answer. */
  | 'caches-reply'
  /** An IPv4 packet for its own IP: delivered to its upper layers. */
  | 'delivered'
  /** The router got a packet for another network: it routes it on. */
  | 'routes-on'
  /** An IPv4 packet for an address it does not have and does not route (a router never routes 169.254/16, RFC 3927 §7). */
  | 'drops-packet';

/** The outcome of one host receiving one frame. */
export interface HostReceipt {
  readonly reception: Reception;
  readonly cache: readonly ArpEntry[];
}

/** Adds or refreshes one IP-to-MAC mapping in an ARP cache. */
function remember(cache: readonly ArpEntry[], entry: ArpEntry): readonly ArpEntry[] {
  return [...cache.filter((row) => row.ip.value !== entry.ip.value), entry];
}

/**
 * One host receiving one frame. ARP follows RFC 826's algorithm: a host that already caches the
 * sender refreshes the entry from any ARP packet it reads; the target of a request adds the sender
 * (it will very likely answer to it) and replies.
 */
export function hostReceive(
  host: LanHost,
  frame: LanFrame,
  cache: readonly ArpEntry[],
): HostReceipt {
  const forMe = frame.destination.value === host.mac.value;
  if (!forMe && frame.destination.value !== BROADCAST_MAC.value) {
    return { reception: 'not-my-mac', cache };
  }
  if (frame.type === 'ipv4') {
    if (frame.packet.destination.value === host.ip.value) return { reception: 'delivered', cache };
    const routes = host.role === 'gateway' && !isIpv4LinkLocal(frame.packet.destination);
    return { reception: routes ? 'routes-on' : 'drops-packet', cache };
  }
  const { arp } = frame;
  const sender: ArpEntry = { ip: arp.senderIp, mac: arp.senderMac };
  const known = cache.some((row) => row.ip.value === arp.senderIp.value);
  if (arp.targetIp.value !== host.ip.value) {
    if (!known) return { reception: 'not-my-ip', cache };
    return { reception: 'refreshes-sender', cache: remember(cache, sender) };
  }
  return {
    reception: arp.operation === 'request' ? 'answers' : 'caches-reply',
    cache: remember(cache, sender),
  };
}
