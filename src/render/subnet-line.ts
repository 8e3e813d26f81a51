import { formatAddress } from '../calc/format-address.js';
import type { SubnetFacts } from '../calc/subnet-facts.js';
import { fillTemplate } from '../core/error-catalogue.js';
import type { Lang } from '../core/lang.js';
import { type LineOptions, lineWords } from './_line-words.js';

/**
 * The templates of a subnet line in one language: the line, with `{host}` (address/prefix),
 * `{network}`, `{broadcast}`, `{first}`, `{last}` and `{hosts}` (their count); and the broadcast
 * part that fills `{broadcast}`, with its own `{broadcast}`, left out when there is none. The
 * batch fast path compiles these same strings into its byte pieces.
 */
export interface SubnetLineTemplates {
  readonly line: string;
  readonly broadcast: string;
}

/** The templates of a subnet line in `lang` (English unless told). */
export function subnetLineTemplates(lang?: Lang): SubnetLineTemplates {
  const words = lineWords(lang);
  return { line: words('subnet'), broadcast: words('subnet-broadcast') };
}

/**
 * Subnet facts on one line, for batch runs, in `lang`.
 * @example "192.168.1.77/26: network 192.168.1.64, broadcast 192.168.1.127, hosts 192.168.1.65-192.168.1.126 (62)"
 */
export function subnetLine(facts: SubnetFacts, { lang }: LineOptions = {}): string {
  const templates = subnetLineTemplates(lang);
  const broadcast =
    facts.broadcast === null
      ? ''
      : fillTemplate(templates.broadcast, { broadcast: formatAddress(facts.broadcast) });
  return fillTemplate(templates.line, {
    host: `${formatAddress(facts.address)}/${facts.mask.prefix}`,
    network: formatAddress(facts.network),
    broadcast,
    first: formatAddress(facts.firstHost),
    last: formatAddress(facts.lastHost),
    hosts: facts.hosts,
  });
}
