import type { PortInfo } from '../calc/port-info.js';
import type { PortRangeId } from '../calc/port-ranges.js';
import type { Transport } from '../calc/port-services.js';
import type { BindStatus, PortProbe } from '../net/port-probe.js';

/** `netlab port --json` for one port. */
export interface PortJson {
  readonly port: number;
  /** Port 0: valid, but reserved; binding it asks the system for any free port. */
  readonly reserved: boolean;
  readonly range: {
    readonly id: PortRangeId;
    readonly ianaName: string;
    readonly commonName: string;
    readonly first: number;
    readonly last: number;
  };
  readonly services: readonly {
    readonly transport: Transport;
    readonly name: string;
    readonly ianaName: string | null;
    readonly description: string;
  }[];
  /** Only with --check: bind test on loopback; null for port 0, which cannot be tested. */
  readonly check?: {
    readonly host: string;
    readonly tcp: BindStatus;
    readonly udp: BindStatus;
  } | null;
}

/**
 * The JSON record of a port. `check` is left out when --check was not given (`undefined`), and
 * is null for port 0.
 */
export function portToJson(info: PortInfo, check?: PortProbe | null): PortJson {
  const { range } = info;
  const record: PortJson = {
    port: info.port,
    reserved: info.reserved,
    range: {
      id: range.id,
      ianaName: range.ianaName,
      commonName: range.commonName,
      first: range.first,
      last: range.last,
    },
    services: info.services.map(({ transport, name, ianaName, description }) => ({
      transport,
      name,
      ianaName,
      description,
    })),
  };
  if (check === undefined) return record;
  return {
    ...record,
    check: check === null ? null : { host: check.host, tcp: check.tcp, udp: check.udp },
  };
}
