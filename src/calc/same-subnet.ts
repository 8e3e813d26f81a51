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
  /** The two ANDs are equal: the course's rule for "same network". */
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
 * ANDs each address with its own mask and compares the results, the way a host decides whether
 * to ARP for a peer or hand the packet to its gateway. Both hosts must be of one IP version.
 * @example sameSubnet(parseHostSpec('192.168.1.5/24'), parseHostSpec('192.168.1.77/24')).sameSubnet // true
 */
export function sameSubnet(a: HostSpec, b: HostSpec): SameSubnetResult {
  const aSide = side(a, b);
  const bSide = side(b, a);
  return {
    a: aSide,
    b: bSide,
    sameSubnet: aSide.network.value === bSide.network.value,
    aSeesB: aSide.peerNetwork.value === aSide.network.value,
    bSeesA: bSide.peerNetwork.value === bSide.network.value,
    firstDifferingBit: firstDifferingBit(aSide.network, bSide.network),
  };
}
