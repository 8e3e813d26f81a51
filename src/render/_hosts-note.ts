import type { MaskFacts } from '../calc/mask-facts.js';
import type { CalcWords } from './_calc-words.js';

/** Why a subnet of this size has the usable-host count it has. */
export function hostsNote(mask: MaskFacts, words: CalcWords): string {
  const { version, hostBits } = mask;
  if (hostBits === 0) return words('hosts-single');
  if (hostBits === 1)
    return words('hosts-point-to-point', { rfc: version === 4 ? 'RFC 3021' : 'RFC 6164' });
  return words(version === 4 ? 'hosts-minus-two' : 'hosts-minus-anycast', { bits: hostBits });
}
