import type { MaskFacts } from '../calc/mask-facts.js';
import { maskText } from './_address-rows.js';

/**
 * Mask facts on one line, for batch runs.
 * @example "/20: mask 255.255.240.0, wildcard 0.0.15.255, 4096 addresses, 4094 usable hosts"
 */
export function maskLine(facts: MaskFacts): string {
  const { version, prefix } = facts;
  return `/${prefix}: mask ${maskText(version, facts.mask)}, wildcard ${maskText(version, facts.wildcard)}, ${facts.addresses} addresses, ${facts.usableHosts} usable hosts`;
}
