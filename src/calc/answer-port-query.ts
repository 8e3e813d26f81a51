import { findService } from './find-service.js';
import type { PortQuery } from './parse-port-query.js';
import { describePort, type PortInfo } from './port-info.js';
import type { Port } from './port-number.js';
import { type PortRangeSummary, summarizePortRange } from './port-range-summary.js';

/** The answer to one port query. */
export type PortAnswer =
  | { readonly kind: 'port'; readonly info: PortInfo }
  | { readonly kind: 'range'; readonly summary: PortRangeSummary }
  /** A service name and every port netlab's table has for it, in port order. */
  | { readonly kind: 'service'; readonly name: string; readonly ports: readonly PortInfo[] };

/**
 * Answers a query in the direction it asks: a port gets its range and services, a range its
 * summary, a service name its ports.
 * @example answerPortQuery(parsePortQuery('ssh')) // { kind: 'service', name: 'ssh', ports: [22…] }
 */
export function answerPortQuery(query: PortQuery): PortAnswer {
  if (query.kind === 'port') return { kind: 'port', info: describePort(query.port) };
  if (query.kind === 'range') {
    return { kind: 'range', summary: summarizePortRange(query.first, query.last) };
  }
  const ports = [...new Set(findService(query.name).map((service) => service.port))];
  return {
    kind: 'service',
    name: query.name,
    ports: ports.map((port) => describePort(port as Port)),
  };
}
