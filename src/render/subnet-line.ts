import { formatAddress } from '../calc/format-address.js';
import type { SubnetFacts } from '../calc/subnet-facts.js';

/**
 * Subnet facts on one line, for batch runs.
 * @example "192.168.1.77/26: network 192.168.1.64, broadcast 192.168.1.127, hosts 192.168.1.65-192.168.1.126 (62)"
 */
export function subnetLine(facts: SubnetFacts): string {
  const broadcast = facts.broadcast === null ? '' : `, broadcast ${formatAddress(facts.broadcast)}`;
  const range = `${formatAddress(facts.firstHost)}-${formatAddress(facts.lastHost)}`;
  return `${formatAddress(facts.address)}/${facts.mask.prefix}: network ${formatAddress(facts.network)}${broadcast}, hosts ${range} (${facts.hosts})`;
}
