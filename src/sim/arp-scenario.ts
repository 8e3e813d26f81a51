import type { IpAddress } from '../calc/address.js';
import type { ArpSend } from './check-arp-send.js';
import { OUTSIDE_ADDRESS } from './default-lan.js';
import type { Lan } from './lan.js';

/**
 * The sends the ARP lesson plays. With `to`: from → to twice (the second finds the cache warm).
 * Without: from → the next host twice, then from → 8.8.8.8, which goes through the gateway (the
 * router itself, sending, skips that last part). `from` defaults to host A.
 */
export function arpScenario(
  lan: Lan,
  choice: { readonly from?: IpAddress; readonly to?: IpAddress } = {},
): ArpSend[] {
  const hosts = lan.hosts.filter((host) => host.role === 'host');
  const from = choice.from ?? hosts[0]?.ip ?? lan.gateway;
  if (choice.to !== undefined)
    return [
      { from, to: choice.to },
      { from, to: choice.to },
    ];
  const peer = hosts.find((host) => host.ip.value !== from.value)?.ip ?? lan.gateway;
  const sends: ArpSend[] = [
    { from, to: peer },
    { from, to: peer },
  ];
  const senderIsGateway = from.value === lan.gateway.value;
  if (!senderIsGateway) sends.push({ from, to: OUTSIDE_ADDRESS });
  return sends;
}
