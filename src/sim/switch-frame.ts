import type { MacAddress } from '../calc/mac-address.js';
import type { MacTableEntry } from './lan.js';

/** What the switch did with the frame's source address. */
export type SwitchLearning = 'new' | 'known' | 'moved';

/** Why the switch sent the frame where it did. */
export type SwitchReason = 'broadcast' | 'multicast' | 'unknown' | 'known' | 'same-port';

/** The switch's handling of one frame. */
export interface SwitchDecision {
  readonly learning: SwitchLearning;
  /** flood: every port but the one it came in on; forward: one port; filter: none. */
  readonly action: 'flood' | 'forward' | 'filter';
  readonly reason: SwitchReason;
  /** Ports the frame leaves by, ascending. */
  readonly egress: readonly number[];
  /** The MAC table after learning. */
  readonly table: readonly MacTableEntry[];
}

function learn(
  table: readonly MacTableEntry[],
  source: MacAddress,
  port: number,
): { table: readonly MacTableEntry[]; learning: SwitchLearning } {
  const known = table.find((entry) => entry.mac.value === source.value);
  if (known?.port === port) return { table, learning: 'known' };
  const others = table.filter((entry) => entry.mac.value !== source.value);
  return { table: [...others, { port, mac: source }], learning: known ? 'moved' : 'new' };
}

/**
 * One learning switch handling one frame (IEEE 802.1D transparent bridging, without aging): it
 * learns the source MAC on the ingress port, then floods broadcast, multicast and unknown
 * destinations to every other port, forwards known ones to their port, and filters a frame whose
 * destination sits on the port it came from.
 */
export function switchFrame(
  table: readonly MacTableEntry[],
  frame: { readonly source: MacAddress; readonly destination: MacAddress },
  options: { readonly ingress: number; readonly ports: readonly number[] },
): SwitchDecision {
  const { ingress, ports } = options;
  const learned = learn(table, frame.source, ingress);
  const everyOther = ports.filter((port) => port !== ingress).sort((a, b) => a - b);
  const flood = (reason: SwitchReason): SwitchDecision => ({
    learning: learned.learning,
    action: 'flood',
    reason,
    egress: everyOther,
    table: learned.table,
  });
  if (frame.destination.value === 0xffffffffffffn) return flood('broadcast');
  if ((frame.destination.value >> 40n) & 1n) return flood('multicast');
  const entry = learned.table.find((row) => row.mac.value === frame.destination.value);
  if (entry === undefined) return flood('unknown');
  if (entry.port === ingress) {
    return {
      learning: learned.learning,
      action: 'filter',
      reason: 'same-port',
      egress: [],
      table: learned.table,
    };
  }
  return {
    learning: learned.learning,
    action: 'forward',
    reason: 'known',
    egress: [entry.port],
    table: learned.table,
  };
}
