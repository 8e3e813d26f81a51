import type { IpAddress } from './address.js';

/** How far a multicast group reaches, by RFC 4291 §2.7 (IPv6) and RFC 5771 / RFC 2365 (IPv4). */
export type MulticastScopeName =
  | 'interface-local'
  | 'link-local'
  | 'realm-local'
  | 'admin-local'
  | 'site-local'
  | 'organization-local'
  | 'global'
  | 'reserved'
  | 'unassigned';

/** The scope of a multicast address and where that scope is defined. */
export interface MulticastScope {
  readonly scope: MulticastScopeName;
  /** The IPv6 scope field (the fourth hex digit, ff0S::), or null for IPv4. */
  readonly field: number | null;
  /** Whether routers may forward the group beyond the sender's own site or organisation. */
  readonly beyondOrganization: boolean;
  readonly rfc: string;
}

/*
 * RFC 4291 §2.7 scope values, with realm-local from RFC 7346. Values it leaves unassigned are
 * "available for administrators to define additional multicast regions".
 */
const IPV6_SCOPES: Readonly<Record<number, MulticastScopeName>> = {
  0: 'reserved',
  1: 'interface-local',
  2: 'link-local',
  3: 'realm-local',
  4: 'admin-local',
  5: 'site-local',
  8: 'organization-local',
  14: 'global',
  15: 'reserved',
};

function ipv6Scope(value: bigint): MulticastScope {
  const field = Number((value >> 112n) & 0xfn);
  const scope = IPV6_SCOPES[field] ?? 'unassigned';
  const rfc = field === 0x3 ? 'RFC 7346' : 'RFC 4291 §2.7';
  return { scope, field, beyondOrganization: scope === 'global', rfc };
}

/** IPv4 multicast's scoped blocks, most specific first; the rest of 224.0.0.0/4 is global. */
export const IPV4_MULTICAST_SCOPES: readonly {
  readonly cidr: string;
  readonly scope: MulticastScopeName;
  readonly rfc: string;
}[] = [
  { cidr: '224.0.0.0/24', scope: 'link-local', rfc: 'RFC 5771 §4' },
  { cidr: '239.255.0.0/16', scope: 'site-local', rfc: 'RFC 2365 §6.1' },
  { cidr: '239.192.0.0/14', scope: 'organization-local', rfc: 'RFC 2365 §6.2' },
  { cidr: '239.0.0.0/8', scope: 'admin-local', rfc: 'RFC 2365 §6' },
];

/** The multicast ranges of each version, whose addresses have a scope instead of a registry row. */
export const MULTICAST_BLOCKS = { 4: '224.0.0.0/4', 6: 'ff00::/8' } as const;

function within(value: bigint, cidr: string): boolean {
  const [base = '', prefix = ''] = cidr.split('/');
  const network = base.split('.').reduce((sum, octet) => (sum << 8n) | BigInt(octet), 0n);
  const shift = BigInt(32 - Number(prefix));
  return value >> shift === network >> shift;
}

function ipv4Scope(value: bigint): MulticastScope {
  const row = IPV4_MULTICAST_SCOPES.find((candidate) => within(value, candidate.cidr));
  const scope = row?.scope ?? 'global';
  return {
    scope,
    field: null,
    beyondOrganization: scope === 'global',
    rfc: row?.rfc ?? 'RFC 5771',
  };
}

/**
 * The scope of a multicast address (224.0.0.0/4 or ff00::/8), or null for any other address.
 * Multicast is not in the special-purpose registries; its reach is its scope: link-local groups
 * never leave the link, administratively scoped ones stay inside a site or organisation, and
 * global ones may be routed anywhere multicast routing exists.
 * @example multicastScope(parseAddress('ff0e::1'))?.scope // 'global'
 */
export function multicastScope(address: IpAddress): MulticastScope | null {
  if (address.version === 6)
    return address.value >> 120n === 0xffn ? ipv6Scope(address.value) : null;
  return address.value >> 28n === 0xen ? ipv4Scope(address.value) : null;
}
