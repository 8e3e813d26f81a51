import type { PortRangeSummary } from '../calc/port-range-summary.js';
import type { Lang } from '../core/lang.js';
import { calcWords } from './_calc-words.js';
import { columns } from './_columns.js';
import type { Palette } from './palette.js';

/** Services a range lists before it says how many more there are. */
export const SERVICES_SHOWN = 20;

function span(first: number, last: number): string {
  return first === last ? String(first) : `${first}-${last}`;
}

/**
 * A range of ports in a few lines, in `lang`: its size, how many ports fall in each IANA range, and the
 * first SERVICES_SHOWN services of netlab's table inside it.
 */
export function renderPortRange(
  summary: PortRangeSummary,
  colors: Palette,
  lang: Lang = 'en',
): string {
  const words = calcWords(lang);
  const { first, last } = summary;
  const ports = (count: number | bigint) => words('port-count', { count });
  const heading = words('ports-heading', { span: span(first, last) });
  const lines = [words('ports-size', { ports: colors.bold(heading), count: summary.count })];
  const shares = summary.ianaRanges.map(({ range, count }) => [
    '',
    words('port-range-names', { iana: range.ianaName, common: words(`port-common-${range.id}`) }),
    span(Math.max(first, range.first), Math.min(last, range.last)),
    ports(count),
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
    lines.push(words('ports-services-none'));
    return `${lines.join('\n')}\n`;
  }
  lines.push(words('ports-services', { count: services.length }));
  const rows = services
    .slice(0, SERVICES_SHOWN)
    .map((service) => ['', `${service.port}/${service.transport}`, service.name]);
  lines.push(...columns(rows, [[1, 2]]).map((line) => `  ${line}`));
  const more = services.length - SERVICES_SHOWN;
  if (more > 0) lines.push(`  ${words('ports-more', { count: more })}`);
  return `${lines.join('\n')}\n`;
}
