import type { IpAddress } from '../calc/address.js';
import type { MacAddress } from '../calc/mac-address.js';
import type { Mask } from '../calc/parse-mask.js';

/** The most hosts (routers included) one lab may have: a classroom LAN, not a data centre. */
export const MAX_HOSTS = 12;
/** The most switches one lab may have. */
export const MAX_SWITCHES = 4;
/** The most interfaces (cables) one host may have. */
export const MAX_INTERFACES = 4;

/** One cable: a host's interface plugged into a switch port, with its address and mask. */
export interface LabInterface {
  /** The name inside the host: eth0, eth1, ... in the order the file lists them. */
  readonly name: string;
  /** The cable's name on the switch side, `HOST-ethN`: what `lab capture --on` takes. */
  readonly link: string;
  readonly switch: string;
  readonly address: IpAddress;
  readonly mask: Mask;
  readonly mac: MacAddress;
}

/** One lab host: a network namespace with its interfaces, gateway and forwarding switch. */
export interface LabHost {
  readonly name: string;
  readonly interfaces: readonly LabInterface[];
  readonly gateway: IpAddress | null;
  /** Forwards IPv4 between its interfaces (a router). */
  readonly forward: boolean;
}

/** A validated lab: switches and hosts, every name unique and every address consistent. */
export interface Topology {
  readonly name: string;
  readonly description: string;
  readonly switches: readonly string[];
  readonly hosts: readonly LabHost[];
}
