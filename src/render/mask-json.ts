import { formatBinary } from '../calc/format-binary.js';
import type { MaskFacts } from '../calc/mask-facts.js';
import { maskText } from './_address-rows.js';
import { jsonCount } from './_json-count.js';

/** The JSON answer of mask. */
export interface MaskJson {
  readonly version: 4 | 6;
  readonly prefix: number;
  readonly mask: string;
  readonly wildcard: string;
  /** The mask's bits, grouped as the address is written (octets, or 16-bit groups). */
  readonly binary: string;
  /** Addresses in one subnet: a number while exact in JSON (up to 2^53 - 1), else a string. */
  readonly addresses: number | string;
  /** Usable hosts in one subnet, same number-or-string rule. */
  readonly hosts: number | string;
}

/** The --json shape of mask facts. */
export function maskJson(facts: MaskFacts): MaskJson {
  return {
    version: facts.version,
    prefix: facts.prefix,
    mask: maskText(facts.version, facts.mask),
    wildcard: maskText(facts.version, facts.wildcard),
    binary: formatBinary(facts.mask, facts.version).join(''),
    addresses: jsonCount(facts.addresses),
    hosts: jsonCount(facts.usableHosts),
  };
}
