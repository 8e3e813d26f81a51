/** The three IANA port ranges (RFC 6335 §6). */
export type PortRangeId = 'system' | 'user' | 'dynamic';

/** One IANA port range, with the registry's name and the name textbooks use. */
export interface PortRange {
  readonly id: PortRangeId;
  readonly first: number;
  readonly last: number;
  /** The name IANA's Service Name and Transport Protocol Port Number Registry uses. */
  readonly ianaName: string;
  /** The older name most courses and textbooks use. */
  readonly commonName: string;
  /** How ports in the range are handed out. */
  readonly assignment: string;
}

/** The IANA port ranges, in order; together they cover 0 to 65535 exactly. */
export const PORT_RANGES: readonly PortRange[] = [
  {
    id: 'system',
    first: 0,
    last: 1023,
    ianaName: 'System Ports',
    commonName: 'well-known ports',
    assignment: 'assigned by IANA through IETF review; binding may need privileges',
  },
  {
    id: 'user',
    first: 1024,
    last: 49_151,
    ianaName: 'User Ports',
    commonName: 'registered ports',
    assignment: 'assigned by IANA on request',
  },
  {
    id: 'dynamic',
    first: 49_152,
    last: 65_535,
    ianaName: 'Dynamic and/or Private Ports',
    commonName: 'dynamic, private or ephemeral ports',
    assignment: 'never assigned; systems pick client ports from here',
  },
];
