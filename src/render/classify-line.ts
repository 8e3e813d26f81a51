import type { Classification } from '../calc/classify.js';
import { formatAddress } from '../calc/format-address.js';

function mostSpecific(result: Classification): string {
  const [first] = result.blocks;
  if (first !== undefined) return `${first.name} (${first.cidr})`;
  if (result.multicast !== null) return `multicast, scope ${result.multicast.scope}`;
  return 'no special-purpose block';
}

/**
 * One classification on one line, for `classify --stdin` without --json: the address, its most
 * specific block or multicast scope (and, if it carries IPv4, the carried address and its block), private, global.
 */
export function renderClassificationLine(result: Classification): string {
  const parts = [formatAddress(result.address), mostSpecific(result)];
  if (result.mappedIpv4 !== null) {
    const carried = result.mappedIpv4;
    parts.push(`carries ${formatAddress(carried.address)}: ${mostSpecific(carried)}`);
  }
  parts.push(
    `private: ${result.private ? 'yes' : 'no'}`,
    `global: ${result.globallyReachable ? 'yes' : 'no'}`,
  );
  return parts.join('  ');
}
