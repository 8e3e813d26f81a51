import type { MaskFacts } from '../calc/mask-facts.js';

/** Why a subnet of this size has the usable-host count it has. */
export function hostsNote(mask: MaskFacts): string {
  const { version, hostBits } = mask;
  if (hostBits === 0) return 'a single address: the host itself';
  if (hostBits === 1) {
    return `both: point-to-point link (${version === 4 ? 'RFC 3021' : 'RFC 6164'})`;
  }
  return version === 4
    ? `2^${hostBits} minus network and broadcast`
    : `2^${hostBits} minus the subnet-router anycast`;
}
