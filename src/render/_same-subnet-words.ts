import { formatAddress } from '../calc/format-address.js';
import type { HostSide, SameSubnetResult } from '../calc/same-subnet.js';

/** "192.168.1.0/24": a host's network with its prefix. */
export function networkText(side: HostSide): string {
  return `${formatAddress(side.network)}/${side.mask.prefix}`;
}

/** Whether the answer needs each host's own view spelled out: the hosts disagree somewhere. */
export function viewsDiffer(result: SameSubnetResult): boolean {
  return result.aSeesB !== result.sameSubnet || result.bSeesA !== result.sameSubnet;
}

/** "A sees B as local" or "... as remote". */
export function viewWords(self: 'A' | 'B', peer: 'A' | 'B', local: boolean): string {
  return `${self} sees ${peer} as ${local ? 'local' : 'remote'}`;
}
