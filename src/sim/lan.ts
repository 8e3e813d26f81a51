import type { IpAddress } from '../calc/address.js';
import type { MacAddress } from '../calc/mac-address.js';
import type { Mask } from '../calc/parse-mask.js';

/** What a machine on the simulated LAN is: an ordinary host, or the router that leads out. */
export type LanRole = 'host' | 'gateway';

/** A machine plugged into one port of the LAN's switch. */
export interface LanHost {
  /** Short name used in diagrams and narration: "A", "B", "C", "R" for the router. */
  readonly id: string;
  readonly role: LanRole;
  readonly ip: IpAddress;
  readonly mac: MacAddress;
  /** The switch port its cable goes to, from 1. */
  readonly port: number;
}

/** A simulated LAN: one switch, every host on one of its ports, one mask shared by all. */
export interface Lan {
  readonly mask: Mask;
  /** The router's address on this LAN, every host's default gateway. */
  readonly gateway: IpAddress;
  /** In port order. */
  readonly hosts: readonly LanHost[];
}

/** A mapping an ARP cache holds: this IP is at this MAC. */
export interface ArpEntry {
  readonly ip: IpAddress;
  readonly mac: MacAddress;
}

/** A switch's MAC table row: frames to `mac` go out of `port`. */
export interface MacTableEntry {
  readonly port: number;
  readonly mac: MacAddress;
}

/** Everything that changes while frames move: each host's ARP cache and the switch's MAC table. */
export interface LanState {
  /** Keyed by host id; every host has an entry, empty at first. */
  readonly caches: Readonly<Record<string, readonly ArpEntry[]>>;
  readonly macTable: readonly MacTableEntry[];
}

/** The broadcast MAC, ff:ff:ff:ff:ff:ff: every NIC on the segment takes the frame. */
export const BROADCAST_MAC: MacAddress = { value: 0xffffffffffffn };

/** The all-zero MAC an ARP request carries as the target hardware address it does not know. */
export const UNKNOWN_MAC: MacAddress = { value: 0n };

/** A LAN state with empty ARP caches and an empty MAC table. */
export function emptyLanState(lan: Lan): LanState {
  const caches: Record<string, readonly ArpEntry[]> = {};
  for (const host of lan.hosts) caches[host.id] = [];
  return { caches, macTable: [] };
}
