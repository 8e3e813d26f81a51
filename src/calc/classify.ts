import { bitsOf, type IpAddress } from './address.js';
import { parseAddress } from './parse-address.js';
import { SPECIAL_BLOCKS, type SpecialBlock } from './special-registry.js';

/** Why an address is, or is not, globally reachable. */
export type ReachabilityReason =
  /** The most specific block with an answer decided (`decidedBy`). */
  | 'registry'
  /** No block gives an answer (none contains it, or only a blank row does): ordinary unicast. */
  | 'no-answer'
  /** IPv6 outside 2000::/3 and in no block: space IANA has not allocated, so not reachable. */
  | 'unallocated';

/** What netlab knows about one address. */
export interface Classification {
  readonly address: IpAddress;
  /** Every block that contains the address, most specific (longest prefix) first. */
  readonly blocks: readonly SpecialBlock[];
  /** In one of the three RFC 1918 blocks or fc00::/7 (or, if IPv4-mapped, the address it carries is). */
  readonly private: boolean;
  readonly globallyReachable: boolean;
  readonly reason: ReachabilityReason;
  /** The block whose flag decided `globallyReachable`, when `reason` is `registry`. */
  readonly decidedBy: SpecialBlock | null;
  /** For an IPv4-mapped IPv6 address (::ffff:0:0/96), the classification of the IPv4 it carries. */
  readonly mappedIpv4: Classification | null;
}

interface Range {
  readonly network: bigint;
  readonly prefix: number;
}

interface IndexedBlock extends Range {
  readonly block: SpecialBlock;
}

/** The blocks the course calls private: RFC 1918's three, and IPv6 unique-local addresses. */
const PRIVATE_CIDRS: ReadonlySet<string> = new Set([
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  'fc00::/7',
]);

const IPV4_MAPPED_TAG = 0xffffn;

/** Reads one of netlab's own CIDR constants (trusted text, not user input). */
function rangeOf(cidr: string): Range {
  const [base = '', prefix = ''] = cidr.split('/');
  return { network: parseAddress(base).value, prefix: Number(prefix) };
}

const GLOBAL_UNICAST_V6: Range = rangeOf('2000::/3');
const INDEX: readonly IndexedBlock[] = SPECIAL_BLOCKS.map((block) => ({
  block,
  ...rangeOf(block.cidr),
}));

function contains(range: Range, address: IpAddress, bits: number): boolean {
  const shift = BigInt(bits - range.prefix);
  return address.value >> shift === range.network >> shift;
}

/** Every block containing the address, most specific first. */
function containingBlocks(address: IpAddress): SpecialBlock[] {
  const bits = bitsOf(address.version);
  return INDEX.filter((entry) => entry.block.version === address.version)
    .filter((entry) => contains(entry, address, bits))
    .sort((a, b) => b.prefix - a.prefix)
    .map((entry) => entry.block);
}

/**
 * netlab's reachability rule: walk the containing blocks from the most specific outwards,
 * skipping blank rows (a terminated allocation makes no claim). The first True or False decides;
 * an N/A (Teredo, 6to4, multicast) counts as not globally reachable, since the registry does not
 * vouch for it and a packet needs a relay or a multicast scope to get anywhere. When no block
 * decides, an IPv4 address is ordinary, globally reachable unicast; an IPv6 address is only if
 * it lies in 2000::/3, the one range IANA allocates from today.
 */
function reachability(
  address: IpAddress,
  blocks: readonly SpecialBlock[],
): Pick<Classification, 'globallyReachable' | 'reason' | 'decidedBy'> {
  const decidedBy = blocks.find((block) => block.globallyReachable !== null);
  if (decidedBy) {
    return {
      globallyReachable: decidedBy.globallyReachable === true,
      reason: 'registry',
      decidedBy,
    };
  }
  if (address.version === 6 && !contains(GLOBAL_UNICAST_V6, address, 128)) {
    return { globallyReachable: false, reason: 'unallocated', decidedBy: null };
  }
  return { globallyReachable: true, reason: 'no-answer', decidedBy: null };
}

/** The IPv4 address inside an IPv4-mapped IPv6 address, or null for any other address. */
function mappedIpv4Of(address: IpAddress): IpAddress | null {
  if (address.version !== 6 || address.value >> 32n !== IPV4_MAPPED_TAG) return null;
  return { version: 4, value: address.value & 0xffffffffn };
}

/**
 * Classifies an address against the IANA special-purpose registries: the blocks it is in (most
 * specific first), whether it is private, and whether it is globally reachable.
 * @example classify(parseAddress('192.0.0.9')).blocks.map((b) => b.cidr) // ['192.0.0.9/32', '192.0.0.0/24']
 */
export function classify(address: IpAddress): Classification {
  const blocks = containingBlocks(address);
  const carried = mappedIpv4Of(address);
  const mappedIpv4 = carried === null ? null : classify(carried);
  const ownPrivate = blocks.some((block) => PRIVATE_CIDRS.has(block.cidr));
  return {
    address,
    blocks,
    private: ownPrivate || mappedIpv4?.private === true,
    ...reachability(address, blocks),
    mappedIpv4,
  };
}
