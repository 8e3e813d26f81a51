import { bitsOf, type IpAddress } from './address.js';
import { type MulticastScope, multicastScope } from './multicast-scope.js';
import { parseAddress } from './parse-address.js';
import { SPECIAL_BLOCKS, type SpecialBlock } from './special-registry.js';

/** Why an address is, or is not, globally reachable. */
export type ReachabilityReason =
  /** The most specific block with an answer decided (`decidedBy`). */
  | 'registry'
  /** No block gives an answer (none contains it, or only a blank row does): ordinary unicast. */
  | 'no-answer'
  /** IPv6 outside 2000::/3 and in no block: space IANA has not allocated, so not reachable. */
  | 'unallocated'
  /** Multicast, which the special-purpose registries do not list: its scope decides (`multicast`). */
  | 'multicast-scope'
  /** NAT64 well-known prefix carrying a non-global IPv4 address, which RFC 6052 §3.1 forbids. */
  | 'embedded-not-global';

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
  /**
   * For an IPv6 address that carries an IPv4 address in its last 32 bits, IPv4-mapped
   * (::ffff:0:0/96) or behind the NAT64 well-known prefix (64:ff9b::/96), the classification of
   * that IPv4 address; null otherwise.
   */
  readonly mappedIpv4: Classification | null;
  /** The block that carries `mappedIpv4`: `::ffff:0:0/96` or `64:ff9b::/96`; null when none. */
  readonly carriedBy: string | null;
  /** For a multicast address, its scope; null otherwise. */
  readonly multicast: MulticastScope | null;
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

/** The /96 blocks whose last 32 bits are an IPv4 address (RFC 4291 §2.5.5.2, RFC 6052 §2.1). */
const CARRIERS: readonly string[] = ['::ffff:0:0/96', '64:ff9b::/96'];
const NAT64_WELL_KNOWN = '64:ff9b::/96';

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

type Reachability = Pick<Classification, 'globallyReachable' | 'reason' | 'decidedBy'>;

/**
 * netlab's reachability rule: walk the containing blocks from the most specific outwards,
 * skipping blank rows (a terminated allocation makes no claim). The first True or False decides;
 * an N/A (Teredo, 6to4) counts as not globally reachable, since the registry does not vouch for
 * it and a packet needs a relay to get anywhere. Behind the NAT64 well-known prefix, a non-global
 * IPv4 address makes the whole address not reachable (RFC 6052 §3.1 forbids it there). Multicast,
 * which the registries do not list, reaches as far as its scope: only global scope leaves the
 * organisation. When nothing decides, an IPv4 address is ordinary, globally reachable unicast;
 * an IPv6 address is only if it lies in 2000::/3, the one range IANA allocates from today.
 */
function reachability(
  address: IpAddress,
  blocks: readonly SpecialBlock[],
  carried: Pick<Classification, 'mappedIpv4' | 'carriedBy' | 'multicast'>,
): Reachability {
  if (carried.carriedBy === NAT64_WELL_KNOWN && carried.mappedIpv4?.globallyReachable === false) {
    return { globallyReachable: false, reason: 'embedded-not-global', decidedBy: null };
  }
  const decidedBy = blocks.find((block) => block.globallyReachable !== null);
  if (decidedBy) {
    return {
      globallyReachable: decidedBy.globallyReachable === true,
      reason: 'registry',
      decidedBy,
    };
  }
  if (carried.multicast !== null) {
    const globallyReachable = carried.multicast.beyondOrganization;
    return { globallyReachable, reason: 'multicast-scope', decidedBy: null };
  }
  if (address.version === 6 && !contains(GLOBAL_UNICAST_V6, address, 128)) {
    return { globallyReachable: false, reason: 'unallocated', decidedBy: null };
  }
  return { globallyReachable: true, reason: 'no-answer', decidedBy: null };
}

/** The block among the containing ones whose last 32 bits carry an IPv4 address, if any. */
function carrierOf(blocks: readonly SpecialBlock[]): string | null {
  return blocks.find((block) => CARRIERS.includes(block.cidr))?.cidr ?? null;
}

/**
 * Classifies an address against the IANA special-purpose registries: the blocks it is in (most
 * specific first), whether it is private, and whether it is globally reachable.
 * @example classify(parseAddress('192.0.0.9')).blocks.map((b) => b.cidr) // ['192.0.0.9/32', '192.0.0.0/24']
 */
export function classify(address: IpAddress): Classification {
  const blocks = containingBlocks(address);
  const carriedBy = carrierOf(blocks);
  const mappedIpv4 =
    carriedBy === null ? null : classify({ version: 4, value: address.value & 0xffffffffn });
  const carried = { mappedIpv4, carriedBy, multicast: multicastScope(address) };
  const ownPrivate = blocks.some((block) => PRIVATE_CIDRS.has(block.cidr));
  return {
    address,
    blocks,
    private: ownPrivate || mappedIpv4?.private === true,
    ...reachability(address, blocks, carried),
    ...carried,
  };
}
