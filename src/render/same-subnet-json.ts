import { formatAddress } from '../calc/format-address.js';
import type { HostSide, SameSubnetResult } from '../calc/same-subnet.js';
import { maskText } from './_address-rows.js';

/** One host in the JSON answer of same-subnet. */
export interface SameSubnetHostJson {
  readonly address: string;
  readonly mask: string;
  readonly prefix: number;
  readonly network: string;
}

/** The JSON answer of same-subnet, one object per question. */
export interface SameSubnetJson {
  readonly a: SameSubnetHostJson;
  readonly b: SameSubnetHostJson;
  /** The course's rule: both ANDs give one network (a same-subnet test only with equal masks). */
  readonly andsEqual: boolean;
  /** Equal networks and equal prefixes. */
  readonly sameSubnet: boolean;
  readonly aSeesB: boolean;
  readonly bSeesA: boolean;
}

function hostJson(side: HostSide): SameSubnetHostJson {
  return {
    address: formatAddress(side.address),
    mask: maskText(side.mask.version, side.mask.value),
    prefix: side.mask.prefix,
    network: formatAddress(side.network),
  };
}

/** The --json shape of a same-subnet answer. */
export function sameSubnetJson(result: SameSubnetResult): SameSubnetJson {
  return {
    a: hostJson(result.a),
    b: hostJson(result.b),
    andsEqual: result.andsEqual,
    sameSubnet: result.sameSubnet,
    aSeesB: result.aSeesB,
    bSeesA: result.bSeesA,
  };
}
