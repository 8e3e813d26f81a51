import type { PortRangeSummary } from '../calc/port-range-summary.js';
import { columns, counted } from './_columns.js';
import type { Palette } from './palette.js';

/** Services a range lists before it says how many more there are. */
export const SERVICES_SHOWN = 20;

function span(first: number, last: number): string {
  return first === last ? String(first) : `${first}-${last}`;
}

/**
 * A range of ports in a few lines: its size, how many ports fall in each IANA range, and the
 * first SERVICES_SHOWN services of netlab's table inside it.
 */
export function renderPortRange(summary: PortRangeSummary, colors: Palette): string {
  const { first, last } = summary;
  const lines = [
    `${colors.bold(`ports ${span(first, last)}`)}: ${counted(summary.count, 'port', 'ports')}`,
  ];
  const shares = summary.ianaRanges.map(({ range, count }) => [
    '',
    `${range.ianaName} (${range.commonName})`,
    span(Math.max(first, range.first), Math.min(last, range.last)),
    counted(count, 'port', 'ports'),
    range.ianaName,
  ]);
  // Both names where they fit; the IANA name alone where the long dynamic-range name does not.
  const layouts = [
    [1, 2, 3],
    [4, 2, 3],
  ];
  lines.push(...columns(shares, layouts).map((line) => `  ${line}`));
  const { services } = summary;
  if (services.length === 0) {
    lines.push("services in netlab's table: none");
    return `${lines.join('\n')}\n`;
  }
  lines.push(`services in netlab's table: ${services.length}`);
  const rows = services
    .slice(0, SERVICES_SHOWN)
    .map((service) => ['', `${service.port}/${service.transport}`, service.name]);
  lines.push(...columns(rows, [[1, 2]]).map((line) => `  ${line}`));
  const more = services.length - SERVICES_SHOWN;
  if (more > 0) lines.push(`  … and ${more} more; give a narrower range to see them`);
  return `${lines.join('\n')}\n`;
}
