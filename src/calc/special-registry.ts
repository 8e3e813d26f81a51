/*
 * The IANA Special-Purpose Address Registries (RFC 6890, updated by RFC 8190 and later RFCs) as
 * one data table, checked cell by cell (test/calc/special-registry.test.ts) against the copies of
 * the registries' CSV files kept in data/iana (transcribed; see data/iana/README.md):
 *   IPv4: https://www.iana.org/assignments/iana-ipv4-special-registry/ (page updated in 2025; no
 *         row newer than 192.0.0.10/32, 2017-02)
 *   IPv6: https://www.iana.org/assignments/iana-ipv6-special-registry/ (page updated 2025-10-09;
 *         newest row 100:0:0:1::/64, RFC 9780, allocated 2025-04)
 * Multicast is in neither registry (IANA keeps it in the multicast address-space registries);
 * classify reports its scope instead (multicast-scope.ts).
 */
import type { IpVersion } from './address.js';

/**
 * One cell of a registry flag column: True, False, "N/A", or `null` where the registry leaves
 * the cell blank (a terminated allocation, which makes no claim at all).
 */
export type RegistryFlag = boolean | 'n/a' | null;

/** Where a row comes from: one of the two IANA registries. */
export type RegistrySource = 'iana-ipv4-special' | 'iana-ipv6-special';

/** One special-purpose address block with the registry's columns. */
export interface SpecialBlock {
  readonly version: IpVersion;
  /** The block as the registry writes it, e.g. `192.0.0.0/24`. */
  readonly cidr: string;
  readonly name: string;
  /** The RFC(s) the registry cites, e.g. `RFC 1122 §3.2.1.3`. */
  readonly rfc: string;
  /** Allocation date, `YYYY-MM`. */
  readonly allocated: string;
  /** Termination date, `YYYY-MM`, for the two deprecated blocks; `null` means N/A. */
  readonly terminated: string | null;
  /** Valid as the source address of a datagram that transits two devices. */
  readonly source: RegistryFlag;
  /** Valid as the destination address of a datagram that transits two devices. */
  readonly destination: RegistryFlag;
  /** A router may forward a datagram to it between external interfaces. */
  readonly forwardable: RegistryFlag;
  /** A datagram to it is forwardable beyond a specified administrative domain. */
  readonly globallyReachable: RegistryFlag;
  /** Every compliant IP implementation must treat it specially (RFC 8190). */
  readonly reservedByProtocol: RegistryFlag;
  readonly registry: RegistrySource;
  /** The registry's footnote on this row. */
  readonly note: string | null;
}

const T = true;
const F = false;
const NA = 'n/a';
const BLANK = null;

type Row = readonly [
  cidr: string,
  name: string,
  rfc: string,
  allocated: string,
  terminated: string | null,
  source: RegistryFlag,
  destination: RegistryFlag,
  forwardable: RegistryFlag,
  globallyReachable: RegistryFlag,
  reservedByProtocol: RegistryFlag,
  note: string | null,
];

const LOOPBACK_NOTE =
  'Several protocols have been granted exceptions to this rule; see RFC 8029 and RFC 5884.';
const IETF_V4_NOTE = 'Not usable unless by virtue of a more specific reservation.';
const IETF_V6_NOTE = 'False unless allowed by a more specific allocation.';

/*
 * The IANA IPv4 Special-Purpose Address Registry (RFC 6890, updated by RFC 8190), every row,
 * in the registry's order. Source: https://www.iana.org/assignments/iana-ipv4-special-registry/
 * (CSV: iana-ipv4-special-registry-1.csv, copy in data/iana). The registry writes
 * 192.0.0.170/32 and 192.0.0.171/32 in one row; they are two rows here.
 *
 * Columns: block, name, RFC, allocated, terminated, source, destination, forwardable,
 * globally reachable, reserved-by-protocol, footnote.
 */
// biome-ignore format: one registry row a line, like the registry itself
const IPV4_ROWS: readonly Row[] = [
  ['0.0.0.0/8', '"This network"', 'RFC 791 §3.2', '1981-09', null, T, F, F, F, T, null],
  ['0.0.0.0/32', '"This host on this network"', 'RFC 1122 §3.2.1.3', '1981-09', null, T, F, F, F, T, null],
  ['10.0.0.0/8', 'Private-Use', 'RFC 1918', '1996-02', null, T, T, T, F, F, null],
  ['100.64.0.0/10', 'Shared Address Space', 'RFC 6598', '2012-04', null, T, T, T, F, F, null],
  ['127.0.0.0/8', 'Loopback', 'RFC 1122 §3.2.1.3', '1981-09', null, F, F, F, F, T, LOOPBACK_NOTE],
  ['169.254.0.0/16', 'Link Local', 'RFC 3927', '2005-05', null, T, T, F, F, T, null],
  ['172.16.0.0/12', 'Private-Use', 'RFC 1918', '1996-02', null, T, T, T, F, F, null],
  ['192.0.0.0/24', 'IETF Protocol Assignments', 'RFC 6890 §2.1', '2010-01', null, F, F, F, F, F, IETF_V4_NOTE],
  ['192.0.0.0/29', 'IPv4 Service Continuity Prefix', 'RFC 7335', '2011-06', null, T, T, T, F, F, null],
  ['192.0.0.8/32', 'IPv4 dummy address', 'RFC 7600', '2015-03', null, T, F, F, F, F, null],
  ['192.0.0.9/32', 'Port Control Protocol Anycast', 'RFC 7723', '2015-10', null, T, T, T, T, F, null],
  ['192.0.0.10/32', 'Traversal Using Relays around NAT Anycast', 'RFC 8155', '2017-02', null, T, T, T, T, F, null],
  ['192.0.0.170/32', 'NAT64/DNS64 Discovery', 'RFC 8880, RFC 7050 §2.2', '2013-02', null, F, F, F, F, T, null],
  ['192.0.0.171/32', 'NAT64/DNS64 Discovery', 'RFC 8880, RFC 7050 §2.2', '2013-02', null, F, F, F, F, T, null],
  ['192.0.2.0/24', 'Documentation (TEST-NET-1)', 'RFC 5737', '2010-01', null, F, F, F, F, F, null],
  ['192.31.196.0/24', 'AS112-v4', 'RFC 7535', '2014-12', null, T, T, T, T, F, null],
  ['192.52.193.0/24', 'AMT', 'RFC 7450', '2014-12', null, T, T, T, T, F, null],
  ['192.88.99.0/24', 'Deprecated (6to4 Relay Anycast)', 'RFC 7526', '2001-06', '2015-03', BLANK, BLANK, BLANK, BLANK, BLANK, null],
  ['192.88.99.2/32', '6a44-relay anycast address', 'RFC 6751', '2012-10', null, T, T, T, F, F, null],
  ['192.168.0.0/16', 'Private-Use', 'RFC 1918', '1996-02', null, T, T, T, F, F, null],
  ['192.175.48.0/24', 'Direct Delegation AS112 Service', 'RFC 7534', '1996-01', null, T, T, T, T, F, null],
  ['198.18.0.0/15', 'Benchmarking', 'RFC 2544', '1999-03', null, T, T, T, F, F, null],
  ['198.51.100.0/24', 'Documentation (TEST-NET-2)', 'RFC 5737', '2010-01', null, F, F, F, F, F, null],
  ['203.0.113.0/24', 'Documentation (TEST-NET-3)', 'RFC 5737', '2010-01', null, F, F, F, F, F, null],
  ['240.0.0.0/4', 'Reserved', 'RFC 1112 §4', '1989-08', null, F, F, F, F, T, null],
  ['255.255.255.255/32', 'Limited Broadcast', 'RFC 8190, RFC 919 §7', '1984-10', null, F, T, F, F, T, null],
];

/*
 * The IANA IPv6 Special-Purpose Address Registry (RFC 6890, updated by RFC 8190), every row, in
 * the registry's order. Source: https://www.iana.org/assignments/iana-ipv6-special-registry/
 * (CSV: iana-ipv6-special-registry-1.csv); its newest row is 100:0:0:1::/64, allocated 2025-04.
 * Same columns as IPV4_ROWS.
 */
// biome-ignore format: one registry row a line, like the registry itself
const IPV6_ROWS: readonly Row[] = [
  ['::1/128', 'Loopback Address', 'RFC 4291', '2006-02', null, F, F, F, F, T, null],
  ['::/128', 'Unspecified Address', 'RFC 4291', '2006-02', null, T, F, F, F, T, null],
  ['::ffff:0:0/96', 'IPv4-mapped Address', 'RFC 4291', '2006-02', null, F, F, F, F, T, null],
  ['64:ff9b::/96', 'IPv4-IPv6 Translat.', 'RFC 6052', '2010-10', null, T, T, T, T, F, null],
  ['64:ff9b:1::/48', 'IPv4-IPv6 Translat.', 'RFC 8215', '2017-06', null, T, T, T, F, F, null],
  ['100::/64', 'Discard-Only Address Block', 'RFC 6666', '2012-06', null, T, T, T, F, F, null],
  ['100:0:0:1::/64', 'Dummy IPv6 Prefix', 'RFC 9780', '2025-04', null, T, F, F, F, F, null],
  ['2001::/23', 'IETF Protocol Assignments', 'RFC 2928', '2000-09', null, F, F, F, F, F, IETF_V6_NOTE],
  ['2001::/32', 'TEREDO', 'RFC 4380, RFC 8190', '2006-01', null, T, T, T, NA, F, 'Globally reachable: see RFC 4380 §5.'],
  ['2001:1::1/128', 'Port Control Protocol Anycast', 'RFC 7723', '2015-10', null, T, T, T, T, F, null],
  ['2001:1::2/128', 'Traversal Using Relays around NAT Anycast', 'RFC 8155', '2017-02', null, T, T, T, T, F, null],
  ['2001:1::3/128', 'DNS-SD Service Registration Protocol Anycast', 'RFC 9665', '2024-04', null, T, T, T, T, F, null],
  ['2001:2::/48', 'Benchmarking', 'RFC 5180, RFC Errata 1752', '2008-04', null, T, T, T, F, F, null],
  ['2001:3::/32', 'AMT', 'RFC 7450', '2014-12', null, T, T, T, T, F, null],
  ['2001:4:112::/48', 'AS112-v6', 'RFC 7535', '2014-12', null, T, T, T, T, F, null],
  ['2001:10::/28', 'Deprecated (previously ORCHID)', 'RFC 4843', '2007-03', '2014-03', BLANK, BLANK, BLANK, BLANK, BLANK, null],
  ['2001:20::/28', 'ORCHIDv2', 'RFC 7343', '2014-07', null, T, T, T, T, F, null],
  ['2001:30::/28', 'Drone Remote ID Protocol Entity Tags (DETs) Prefix', 'RFC 9374', '2022-12', null, T, T, T, T, F, null],
  ['2001:db8::/32', 'Documentation', 'RFC 3849', '2004-07', null, F, F, F, F, F, null],
  ['2002::/16', '6to4', 'RFC 3056', '2001-02', null, T, T, T, NA, F, 'Globally reachable: see RFC 3056.'],
  ['2620:4f:8000::/48', 'Direct Delegation AS112 Service', 'RFC 7534', '2011-05', null, T, T, T, T, F, null],
  ['3fff::/20', 'Documentation', 'RFC 9637', '2024-07', null, F, F, F, F, F, null],
  ['5f00::/16', 'Segment Routing (SRv6) SIDs', 'RFC 9602', '2024-04', null, T, T, T, F, F, null],
  ['fc00::/7', 'Unique-Local', 'RFC 4193, RFC 8190', '2005-10', null, T, T, T, F, F, 'Inside the global unicast range, but specified as not globally routed (RFC 4193).'],
  ['fe80::/10', 'Link-Local Unicast', 'RFC 4291', '2006-02', null, T, T, F, F, T, null],
];

function toBlock(version: IpVersion, registry: RegistrySource, row: Row): SpecialBlock {
  const [cidr, name, rfc, allocated, terminated, source, destination, forwardable, ...rest] = row;
  const [globallyReachable, reservedByProtocol, note] = rest;
  return {
    version,
    cidr,
    name,
    rfc,
    allocated,
    terminated,
    source,
    destination,
    forwardable,
    globallyReachable,
    reservedByProtocol,
    registry,
    note,
  };
}

/**
 * Every special-purpose block netlab knows: both IANA registries, row for row, and nothing
 * else (multicast is in neither; see multicast-scope.ts). Order carries no meaning;
 * classification sorts by prefix length.
 */
export const SPECIAL_BLOCKS: readonly SpecialBlock[] = [
  ...IPV4_ROWS.map((row) => toBlock(4, 'iana-ipv4-special', row)),
  ...IPV6_ROWS.map((row) => toBlock(6, 'iana-ipv6-special', row)),
];
