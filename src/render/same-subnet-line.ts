import { formatAddress } from '../calc/format-address.js';
import type { HostSide, SameSubnetResult } from '../calc/same-subnet.js';
import { networkText, viewsDiffer, viewWords } from './_same-subnet-words.js';

function hostText(side: HostSide): string {
  return `${formatAddress(side.address)}/${side.mask.prefix}`;
}

/**
 * A same-subnet answer on one line, for batch runs: the two hosts, the verdict with the networks,
 * and each host's view when the hosts disagree.
 * @example "192.168.1.5/24 192.168.1.77/24: same subnet 192.168.1.0/24"
 * @example "10.0.0.5/24 10.0.1.0/23: different subnets (equal ANDs, different masks) 10.0.0.0/24 vs 10.0.0.0/23; ..."
 */
export function sameSubnetLine(result: SameSubnetResult): string {
  const { a, b } = result;
  const hosts = `${hostText(a)} ${hostText(b)}`;
  const verdict = result.sameSubnet
    ? `same subnet ${networkText(a)}`
    : `different subnets${result.andsEqual ? ' (equal ANDs, different masks)' : ''} ${networkText(a)} vs ${networkText(b)}`;
  const views = viewsDiffer(result)
    ? `; ${viewWords('A', 'B', result.aSeesB)}, ${viewWords('B', 'A', result.bSeesA)}`
    : '';
  return `${hosts}: ${verdict}${views}`;
}
