import type { PortInfo } from '../calc/port-info.js';
import type { BindStatus, PortProbe } from '../net/port-probe.js';
import { wrap } from './_wrap.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

const VALUE_WIDTH = 56;

const BIND_WORDS: Record<BindStatus, string> = {
  free: 'free',
  'in-use': 'in use',
  'no-permission': 'needs privileges',
};

function bindText(status: BindStatus, colors: Palette): string {
  const words = BIND_WORDS[status];
  return status === 'free' ? colors.green(words) : colors.yellow(words);
}

function checkRow(check: PortProbe | null, colors: Palette): [string, string] {
  if (check === null) {
    return [
      '127.0.0.1 now',
      wrap('not testable: binding port 0 asks for any free port', VALUE_WIDTH),
    ];
  }
  const answer = `tcp ${bindText(check.tcp, colors)}, udp ${bindText(check.udp, colors)}`;
  return [`${check.host} now`, answer];
}

function serviceRows(info: PortInfo): [string, string][] {
  if (info.services.length === 0) return [['services', "none in netlab's table"]];
  return info.services.map((service) => {
    const iana = service.ianaName === null ? '' : ` (${service.ianaName})`;
    return [service.transport, wrap(`${service.name}${iana}: ${service.description}`, VALUE_WIDTH)];
  });
}

/**
 * The human view of one port: its IANA range with both names, whether it is reserved, the
 * common services on it, and with --check whether it is free to bind on loopback now.
 */
export function renderPort(info: PortInfo, colors: Palette, check?: PortProbe | null): string {
  const { range } = info;
  const rows: [string, string][] = [
    ['port', colors.bold(String(info.port))],
    [
      'range',
      wrap(`${range.ianaName} (${range.commonName}): ${range.first}-${range.last}`, VALUE_WIDTH),
    ],
    ['assigned', wrap(range.assignment, VALUE_WIDTH)],
  ];
  if (info.reserved) {
    rows.push([
      'reserved',
      wrap(
        'yes: valid to write, but binding port 0 asks the system for any free port',
        VALUE_WIDTH,
      ),
    ]);
  }
  rows.push(...serviceRows(info));
  if (check !== undefined) rows.push(checkRow(check, colors));
  return `${renderTable(rows)}\n`;
}
