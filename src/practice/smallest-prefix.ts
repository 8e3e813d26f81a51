import type { IpVersion } from '../calc/address.js';
import { type MaskFacts, maskFacts } from '../calc/mask-facts.js';
import { parseMask } from '../calc/parse-mask.js';

/**
 * The longest prefix whose subnet still holds `hosts` usable addresses, as `maskFacts` counts
 * them (so the /31 and /32 rules are the calculator's), or null when none does.
 * @example smallestSubnet(50)?.prefix // 26
 */
export function smallestSubnet(hosts: bigint, version: IpVersion = 4): MaskFacts | null {
  const bits = version === 4 ? 32 : 128;
  for (let prefix = bits; prefix >= 0; prefix -= 1) {
    const facts = maskFacts(parseMask(`/${prefix}`, { version }));
    if (facts.usableHosts >= hosts) return facts;
  }
  return null;
}
