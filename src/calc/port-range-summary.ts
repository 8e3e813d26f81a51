import type { Port } from './port-number.js';
import { PORT_RANGES, type PortRange } from './port-ranges.js';
import { PORT_SERVICES, type PortService } from './port-services.js';

/** How many ports of a range fall in one IANA range. */
export interface IanaRangeShare {
  readonly range: PortRange;
  readonly count: number;
}

/** What a range of ports holds, without one answer per port. */
export interface PortRangeSummary {
  readonly first: Port;
  readonly last: Port;
  readonly count: number;
  /** The IANA ranges it overlaps, in order, with how many of its ports are in each. */
  readonly ianaRanges: readonly IanaRangeShare[];
  /** The services of netlab's table inside it, in port order (TCP first on a shared port). */
  readonly services: readonly PortService[];
}

/**
 * Summarises a range of ports: its size, how it splits over the IANA ranges, and the known
 * services in it.
 * @example summarizePortRange(1 as Port, 1024 as Port).ianaRanges.map((s) => s.count) // [1023, 1]
 */
export function summarizePortRange(first: Port, last: Port): PortRangeSummary {
  const ianaRanges = PORT_RANGES.flatMap((range) => {
    const count = Math.min(last, range.last) - Math.max(first, range.first) + 1;
    return count > 0 ? [{ range, count }] : [];
  });
  const services = PORT_SERVICES.filter(
    (service) => service.port >= first && service.port <= last,
  ).sort((a, b) => a.port - b.port || a.transport.localeCompare(b.transport));
  return { first, last, count: last - first + 1, ianaRanges, services };
}
