import { InternalError } from '../core/errors.js';
import type { Port } from './port-number.js';
import { PORT_RANGES, type PortRange } from './port-ranges.js';
import { PORT_SERVICES, type PortService } from './port-services.js';

/** What netlab knows about one port. */
export interface PortInfo {
  readonly port: Port;
  readonly range: PortRange;
  /** Port 0 is reserved: valid to write, but binding to it asks the system for any free port. */
  readonly reserved: boolean;
  /** The curated services on this port, TCP first. */
  readonly services: readonly PortService[];
}

function rangeOf(port: Port): PortRange {
  const range = PORT_RANGES.find((candidate) => port >= candidate.first && port <= candidate.last);
  if (range === undefined) {
    throw new InternalError('port-outside-ranges', { port });
  }
  return range;
}

/**
 * Describes a port: its IANA range, whether it is reserved, and the common services on it.
 * @example describePort(parsePort('53')).services.map((s) => s.transport) // ['tcp', 'udp']
 */
export function describePort(port: Port): PortInfo {
  const services = PORT_SERVICES.filter((service) => service.port === port).sort((a, b) =>
    a.transport.localeCompare(b.transport),
  );
  return { port, range: rangeOf(port), reserved: port === 0, services };
}
