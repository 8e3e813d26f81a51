import type { IpAddress } from './address.js';
import { type MaskFacts, maskFacts } from './mask-facts.js';
import type { HostSpec } from './parse-host-spec.js';

/** The address classes of classful addressing, retired by CIDR in 1993 (RFC 1519). */
export type HistoricClass = 'A' | 'B' | 'C' | 'D' | 'E';

/** What ipcalc and sipcalc tell about an address and its mask. */
export interface SubnetFacts {
  readonly address: IpAddress;
  readonly mask: MaskFacts;
  /** Address AND mask. */
  readonly network: IpAddress;
  /** Network OR wildcard; null for IPv6 (no broadcast) and for IPv4 /31 and /32. */
  readonly broadcast: IpAddress | null;
  readonly firstHost: IpAddress;
  readonly lastHost: IpAddress;
  /** Usable host addresses (RFC 3021 for /31, the one host for /32; exact for IPv6). */
  readonly hosts: bigint;
  /** The historic class of an IPv4 address; null for IPv6. */
  readonly historicClass: HistoricClass | null;
}

/**
 * The historic class of an address by its first octet (A below 128, B below 192, C below 224,
 * D multicast, E reserved); null for IPv6, which never had classes.
 */
export function historicClass(address: IpAddress): HistoricClass | null {
  if (address.version === 6) return null;
  const firstOctet = address.value >> 24n;
  if (firstOctet < 128n) return 'A';
  if (firstOctet < 192n) return 'B';
  if (firstOctet < 224n) return 'C';
  if (firstOctet < 240n) return 'D';
  return 'E';
}

/** First and last usable address: all of a /31, /32, /127 or /128; else without the reserved ends. */
function hostRange(
  version: 4 | 6,
  network: bigint,
  last: bigint,
  hostBits: number,
): [bigint, bigint] {
  if (hostBits <= 1) return [network, last];
  return version === 4 ? [network + 1n, last - 1n] : [network + 1n, last];
}

/**
 * Network, broadcast, host range and count of the subnet an address is on.
 * @example formatAddress(subnetFacts(parseHostSpec('192.168.1.77/26')).network) // '192.168.1.64'
 */
export function subnetFacts(spec: HostSpec): SubnetFacts {
  const { address } = spec;
  const mask = maskFacts(spec.mask);
  const version = address.version;
  const network = address.value & mask.mask;
  const last = network | mask.wildcard;
  const [first, lastHost] = hostRange(version, network, last, mask.hostBits);
  const at = (value: bigint): IpAddress => ({ version, value });
  return {
    address,
    mask,
    network: at(network),
    broadcast: version === 4 && mask.hostBits > 1 ? at(last) : null,
    firstHost: at(first),
    lastHost: at(lastHost),
    hosts: mask.usableHosts,
    historicClass: historicClass(address),
  };
}
