import type { IpAddress } from '../calc/address.js';
import type { MacAddress } from '../calc/mac-address.js';
import type { SubnetCheck } from './_subnet-check.js';
import type { Reception } from './host-receive.js';
import type { LanState } from './lan.js';
import type { LanFrame } from './lan-frame.js';
import type { SwitchDecision } from './switch-frame.js';

export type { SubnetCheck } from './_subnet-check.js';

/** Fields every step has: which send it belongs to (from 1) and the LAN's state after it. */
interface StepBase {
  readonly send: number;
  readonly state: LanState;
}

/** The sender ANDs both addresses with its mask and picks the next hop. */
export interface RouteStep extends StepBase {
  readonly kind: 'route';
  readonly sender: string;
  readonly destination: IpAddress;
  readonly check: SubnetCheck;
  /** The destination itself on the same network or when link-local, the gateway otherwise. */
  readonly nextHop: IpAddress;
  /** `link-local`: 169.254.0.0/16 outside the sender's network, still reached on the link (RFC 3927 §2.6.2). */
  readonly via: 'direct' | 'link-local' | 'gateway';
}

/** The sender looks the next hop up in its ARP cache. */
export interface LookupStep extends StepBase {
  readonly kind: 'lookup';
  readonly sender: string;
  readonly nextHop: IpAddress;
  /** The cached MAC, or null on a miss. */
  readonly mac: MacAddress | null;
}

/** One frame crosses the switch. */
export interface FrameStep extends StepBase {
  readonly kind: 'frame';
  readonly sender: string;
  readonly frame: LanFrame;
  readonly ingress: number;
  readonly switch: Omit<SwitchDecision, 'table'>;
  /** Every host the switch sent the frame to, in port order, and what it did with it. */
  readonly receptions: readonly { readonly host: string; readonly reception: Reception }[];
}

/** An ARP request nobody answered: the sender gives up on this packet. */
export interface NoReplyStep extends StepBase {
  readonly kind: 'no-reply';
  readonly sender: string;
  readonly nextHop: IpAddress;
}

/** One step of the ARP simulation, with the LAN's state after it. */
export type ArpStep = RouteStep | LookupStep | FrameStep | NoReplyStep;
