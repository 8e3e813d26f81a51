import { readFile } from 'node:fs/promises';

/** The ports the operating system hands out when a program asks for port 0. */
export interface PortRange {
  readonly low: number;
  readonly high: number;
  /** Where the range comes from. */
  readonly source: string;
}

/** The range IANA suggests (RFC 6335); macOS and Windows use it by default. */
const IANA_RANGE: PortRange = {
  low: 49_152,
  high: 65_535,
  source: 'the IANA suggestion (RFC 6335); this system did not say its own',
};

const LINUX_FILE = '/proc/sys/net/ipv4/ip_local_port_range';

/** Reads this system's ephemeral port range (Linux), else returns IANA's suggested range. */
export async function ephemeralPortRange(): Promise<PortRange> {
  let text: string;
  try {
    text = await readFile(LINUX_FILE, 'utf8');
  } catch {
    return IANA_RANGE;
  }
  const match = /^\s*(\d{1,5})\s+(\d{1,5})\s*$/.exec(text);
  if (!match) return IANA_RANGE;
  return { low: Number(match[1]), high: Number(match[2]), source: LINUX_FILE };
}
