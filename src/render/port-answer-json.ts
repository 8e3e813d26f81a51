import type { PortAnswer } from '../calc/answer-port-query.js';
import type { PortRangeId } from '../calc/port-ranges.js';
import type { Transport } from '../calc/port-services.js';
import type { PortProbe } from '../net/port-probe.js';
import { type PortJson, portToJson } from './port-json.js';

/** `netlab port --json` for a range of ports. */
export interface PortRangeJson {
  readonly first: number;
  readonly last: number;
  readonly count: number;
  readonly ianaRanges: readonly {
    readonly id: PortRangeId;
    readonly ianaName: string;
    readonly count: number;
  }[];
  readonly services: readonly {
    readonly port: number;
    readonly transport: Transport;
    readonly name: string;
    readonly ianaName: string | null;
    readonly description: string;
  }[];
}

/** `netlab port --json` for a service name: every port netlab's table has for it. */
export interface ServiceJson {
  /** The name as the user wrote it. */
  readonly service: string;
  readonly ports: readonly PortJson[];
}

/**
 * The JSON record of one answer: a port record, a range record or a service record. `checks`
 * holds the --check result of each port of the answer, in order, when it was asked for.
 */
export function portAnswerJson(
  answer: PortAnswer,
  checks?: readonly (PortProbe | null)[],
): PortJson | PortRangeJson | ServiceJson {
  if (answer.kind === 'port') return portToJson(answer.info, checks?.[0]);
  if (answer.kind === 'service') {
    return {
      service: answer.name,
      ports: answer.ports.map((info, at) => portToJson(info, checks?.[at])),
    };
  }
  const { summary } = answer;
  return {
    first: summary.first,
    last: summary.last,
    count: summary.count,
    ianaRanges: summary.ianaRanges.map(({ range, count }) => ({
      id: range.id,
      ianaName: range.ianaName,
      count,
    })),
    services: summary.services.map(({ port, transport, name, ianaName, description }) => ({
      port,
      transport,
      name,
      ianaName,
      description,
    })),
  };
}
