import type { MaskFacts } from '../calc/mask-facts.js';
import { maskText } from './_address-rows.js';
import { type LineOptions, lineWords } from './_line-words.js';

/**
 * Mask facts on one line, for batch runs, in `lang`.
 * @example "/20: mask 255.255.240.0, wildcard 0.0.15.255, 4096 addresses, 4094 usable hosts"
 */
export function maskLine(facts: MaskFacts, { lang }: LineOptions = {}): string {
  const { version, prefix } = facts;
  return lineWords(lang)('mask', {
    prefix,
    mask: maskText(version, facts.mask),
    wildcard: maskText(version, facts.wildcard),
    addresses: facts.addresses,
    hosts: facts.usableHosts,
  });
}
