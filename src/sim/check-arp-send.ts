import type { IpAddress } from '../calc/address.js';
import { formatAddress } from '../calc/format-address.js';
import { InputError } from '../core/errors.js';
import { isIpv4LinkLocal } from './_ipv4-link-local.js';
import { subnetCheck } from './_subnet-check.js';
import type { Lan, LanHost } from './lan.js';

/** One packet the simulation sends: from a LAN host's address to any IPv4 address. */
export interface ArpSend {
  readonly from: IpAddress;
  readonly to: IpAddress;
}

function inBlock(address: IpAddress, prefix: bigint, bits: number): boolean {
  const shift = BigInt(32 - bits);
  return address.value >> shift === prefix >> shift;
}

function refuse(send: ArpSend, why: string): InputError {
  return new InputError('bad-arp-send', {
    from: formatAddress(send.from),
    to: formatAddress(send.to),
    why,
  });
}

/** Why no ARP happens for this destination, whatever the LAN: it never takes a resolved unicast. */
function specialDestination(to: IpAddress): string | undefined {
  if (inBlock(to, 0x7f000000n, 8))
    return 'a 127.0.0.0/8 address is loopback, it never leaves the machine';
  if (inBlock(to, 0n, 8)) return '0.0.0.0/8 means "this network" and is never a destination';
  if (to.value === 0xffffffffn)
    return '255.255.255.255 goes straight to ff:ff:ff:ff:ff:ff, with no ARP';
  if (inBlock(to, 0xe0000000n, 4)) {
    return 'a 224.0.0.0/4 multicast address maps to a 01:00:5e MAC directly, with no ARP';
  }
  if (inBlock(to, 0xf0000000n, 4)) return '240.0.0.0/4 is reserved and never a destination';
  return undefined;
}

/** Why the destination is the sender's own network or broadcast address, if it is. */
function subnetEdge(lan: Lan, sender: LanHost, to: IpAddress): string | undefined {
  const check = subnetCheck(sender.ip, to, lan.mask);
  if (!check.same || lan.mask.prefix > 30) return undefined;
  const network = `${formatAddress(check.sender.network)}/${lan.mask.prefix}`;
  const hostBits = ~lan.mask.value & 0xffffffffn;
  if ((to.value & hostBits) === hostBits) {
    return `it is the broadcast address of ${network}: it goes to ff:ff:ff:ff:ff:ff with no ARP`;
  }
  if ((to.value & hostBits) === 0n)
    return `it is the address of the network ${network} itself, not of a host`;
  return undefined;
}

/** Why the sender cannot reach an off-network destination through its gateway, if it cannot. */
function gatewayProblem(lan: Lan, sender: LanHost, send: ArpSend): string | undefined {
  if (subnetCheck(sender.ip, send.to, lan.mask).same || isIpv4LinkLocal(send.to)) return undefined;
  if (sender.role === 'gateway') {
    return 'the router sends it out of its other interface, which this LAN simulation does not draw; choose --from one of the hosts';
  }
  const check = subnetCheck(sender.ip, lan.gateway, lan.mask);
  if (check.same) return undefined;
  const own = `${formatAddress(check.sender.network)}/${lan.mask.prefix}`;
  return `with mask ${formatAddress(lan.mask)} the gateway ${formatAddress(lan.gateway)} is outside the sender's network ${own}, so it has no route; use a shorter mask such as 255.255.255.0`;
}

/**
 * Finds the LAN host that sends, or throws InputError saying why the send cannot be simulated:
 * an address no host has, IPv6, the sender itself, loopback, multicast, broadcast, or a gateway
 * the mask puts out of reach.
 */
export function checkArpSend(lan: Lan, send: ArpSend): LanHost {
  if (send.from.version !== 4 || send.to.version !== 4) {
    throw refuse(
      send,
      'ARP resolves IPv4 addresses only; IPv6 finds neighbours with NDP (RFC 4861)',
    );
  }
  const sender = lan.hosts.find((host) => host.ip.value === send.from.value);
  if (sender === undefined) {
    const known = lan.hosts.map((host) => `${formatAddress(host.ip)} (${host.id})`).join(', ');
    throw refuse(
      send,
      `no machine on the simulated LAN has ${formatAddress(send.from)}; choose one of ${known}`,
    );
  }
  if (send.to.value === send.from.value) {
    throw refuse(send, 'that is the sender itself; a machine talks to itself without the switch');
  }
  const why =
    specialDestination(send.to) ??
    subnetEdge(lan, sender, send.to) ??
    gatewayProblem(lan, sender, send);
  if (why !== undefined) throw refuse(send, why);
  return sender;
}
