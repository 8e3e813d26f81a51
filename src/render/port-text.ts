import type { PortInfo } from '../calc/port-info.js';
import type { BindStatus, PortProbe } from '../net/port-probe.js';
import { wrapText } from '../text/wrap-text.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

const VALUE_WIDTH = 56;

/** A value cell, wrapped to the value column's width. */
function cell(text: string): string {
  return wrapText(text, VALUE_WIDTH).join('\n');
}

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
    return ['127.0.0.1 now', cell('not testable: binding port 0 asks for any free port')];
  }
  const answer = `tcp ${bindText(check.tcp, colors)}, udp ${bindText(check.udp, colors)}`;
  return [`${check.host} now`, answer];
}

function serviceRows(info: PortInfo): [string, string][] {
  if (info.services.length === 0) return [['services', "none in netlab's table"]];
  return info.services.map((service) => {
    const iana = service.ianaName === null ? '' : ` (${service.ianaName})`;
    return [service.transport, cell(`${service.name}${iana}: ${service.description}`)];
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
    ['range', cell(`${range.ianaName} (${range.commonName}): ${range.first}-${range.last}`)],
    ['assigned', cell(range.assignment)],
  ];
  if (info.reserved) {
    rows.push([
      'reserved',
      cell('yes: valid to write, but binding port 0 asks the system for any free port'),
    ]);
  }
  rows.push(...serviceRows(info));
  if (check !== undefined) rows.push(checkRow(check, colors));
  return `${renderTable(rows)}\n`;
}
