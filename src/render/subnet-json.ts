import { expandAddress } from '../calc/expand-address.js';
import { formatAddress } from '../calc/format-address.js';
import { reversePointer } from '../calc/reverse-pointer.js';
import type { HistoricClass, SubnetFacts } from '../calc/subnet-facts.js';
import { maskText } from './_address-rows.js';
import { jsonCount } from './_json-count.js';

/** The JSON answer of subnet, one object per question. */
export interface SubnetJson {
  readonly address: string;
  readonly version: 4 | 6;
  readonly prefix: number;
  readonly mask: string;
  readonly wildcard: string;
  readonly network: string;
  /** null for IPv6 (no broadcast) and for IPv4 /31 and /32. */
  readonly broadcast: string | null;
  readonly firstHost: string;
  readonly lastHost: string;
  /** A number while exact in JSON (up to 2^53 - 1), else a decimal string. */
  readonly hosts: number | string;
  /** The address in full: IPv6 with every group of four digits, IPv4 as it is. */
  readonly expanded: string;
  /** The reverse-DNS name of the address (in-addr.arpa or ip6.arpa), without the final dot. */
  readonly reversePointer: string;
  /** The class the table shows for IPv4 (A-E, by the first octet); null for IPv6. */
  readonly historicClass: HistoricClass | null;
}

/** The --json shape of subnet facts. */
export function subnetJson(facts: SubnetFacts): SubnetJson {
  const { mask } = facts;
  return {
    address: formatAddress(facts.address),
    version: facts.address.version,
    prefix: mask.prefix,
    mask: maskText(mask.version, mask.mask),
    wildcard: maskText(mask.version, mask.wildcard),
    network: formatAddress(facts.network),
    broadcast: facts.broadcast === null ? null : formatAddress(facts.broadcast),
    firstHost: formatAddress(facts.firstHost),
    lastHost: formatAddress(facts.lastHost),
    hosts: jsonCount(facts.hosts),
    expanded: expandAddress(facts.address),
    reversePointer: reversePointer(facts.address),
    historicClass: facts.historicClass,
  };
}
