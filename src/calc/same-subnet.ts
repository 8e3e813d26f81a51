import { bitsOf, type IpAddress } from './address.js';
import type { HostSpec } from './parse-host-spec.js';
import type { Mask } from './parse-mask.js';

/** One host in a same-subnet check: its address, its mask, and what the AND gives. */
export interface HostSide {
  readonly address: IpAddress;
  readonly mask: Mask;
  /** This host's address AND its own mask: the network it believes it is on. */
  readonly network: IpAddress;
  /** The other host's address AND this host's mask: where this host thinks the other one is. */
  readonly peerNetwork: IpAddress;
}

/** The answer to "are these two hosts on one subnet?", and each host's own view. */
export interface SameSubnetResult {
  readonly a: HostSide;
  readonly b: HostSide;
  /** The two ANDs are equal: the course's rule, which is only a same-subnet test when the masks are equal. */
  readonly andsEqual: boolean;
  /** One subnet: the ANDs are equal and so are the prefixes (equal ANDs under different masks are not one subnet). */
  readonly sameSubnet: boolean;
  /** B AND A's mask equals A's network: A delivers to B directly (ARP), not through its gateway. */
  readonly aSeesB: boolean;
  /** A AND B's mask equals B's network: B delivers to A directly. */
  readonly bSeesA: boolean;
  /** The first bit (1 = most significant) where the two networks differ; null when equal. */
  readonly firstDifferingBit: number | null;
}

function and(address: IpAddress, mask: Mask): IpAddress {
  return { version: address.version, value: address.value & mask.value };
}

function side(self: HostSpec, peer: HostSpec): HostSide {
  return {
    address: self.address,
    mask: self.mask,
    network: and(self.address, self.mask),
    peerNetwork: and(peer.address, self.mask),
  };
}

function firstDifferingBit(x: IpAddress, y: IpAddress): number | null {
  const difference = x.value ^ y.value;
  if (difference === 0n) return null;
  return bitsOf(x.version) - difference.toString(2).length + 1;
}

/**
 * ANDs each address with its own mask and compares the results (the course's rule), and says
 * whether the hosts share one subnet: same network and same prefix. With different masks equal
 * ANDs prove nothing: 10.0.0.5/24 sends to 10.0.1.0/23 through its gateway although both ANDs give
 * 10.0.0.0. Each host's own view (ARP directly, or hand to the gateway) is in `aSeesB` and
 * `bSeesA`. Both hosts must be of one IP version.
 * @example sameSubnet(parseHostSpec('192.168.1.5/24'), parseHostSpec('192.168.1.77/24')).sameSubnet // true
 */
export function sameSubnet(a: HostSpec, b: HostSpec): SameSubnetResult {
  const aSide = side(a, b);
  const bSide = side(b, a);
  const andsEqual = aSide.network.value === bSide.network.value;
  return {
    a: aSide,
    b: bSide,
    andsEqual,
    sameSubnet: andsEqual && a.mask.prefix === b.mask.prefix,
    aSeesB: aSide.peerNetwork.value === aSide.network.value,
    bSeesA: bSide.peerNetwork.value === bSide.network.value,
    firstDifferingBit: firstDifferingBit(aSide.network, bSide.network),
  };
}
