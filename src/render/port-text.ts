import type { PortInfo } from '../calc/port-info.js';
import type { PortService } from '../calc/port-services.js';
import type { Lang } from '../core/lang.js';
import type { BindStatus, PortProbe } from '../net/port-probe.js';
import { messageCatalogue } from '../text/message-catalogue.js';
import { wrapText } from '../text/wrap-text.js';
import { type CalcWords, calcWords } from './_calc-words.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

const VALUE_WIDTH = 56;

/**
 * What a service is, in `lang`: content/messages/LANG/ports.json by "PORT/transport", where a
 * teacher can edit it. The table's own English description stays the one `--json` gives.
 */
export function serviceDescriptions(lang: Lang): (service: PortService) => string {
  const ports = messageCatalogue(lang, 'ports');
  return (service) => ports.format(`${service.port}/${service.transport}`);
}

/** A value cell, wrapped to the value column's width. */
function cell(text: string): string {
  return wrapText(text, VALUE_WIDTH).join('\n');
}

function bindText(status: BindStatus, colors: Palette, words: CalcWords): string {
  const said = words(`port-bind-${status}`);
  return status === 'free' ? colors.green(said) : colors.yellow(said);
}

function checkRow(check: PortProbe | null, colors: Palette, words: CalcWords): [string, string] {
  if (check === null) {
    return [words('port-now', { host: '127.0.0.1' }), cell(words('port-not-testable'))];
  }
  const tcp = bindText(check.tcp, colors, words);
  const udp = bindText(check.udp, colors, words);
  return [words('port-now', { host: check.host }), words('port-bind', { tcp, udp })];
}

function serviceRows(info: PortInfo, words: CalcWords, lang: Lang): [string, string][] {
  if (info.services.length === 0) return [[words('port-services'), words('port-no-services')]];
  const described = serviceDescriptions(lang);
  return info.services.map((service) => {
    const iana = service.ianaName === null ? '' : ` (${service.ianaName})`;
    return [service.transport, cell(`${service.name}${iana}: ${described(service)}`)];
  });
}

/** Options of a port's human view. */
export interface PortTextOptions {
  /** With --check: whether the port is free to bind on loopback now (null: not testable). */
  readonly check?: PortProbe | null | undefined;
  readonly lang?: Lang;
}

/**
 * The human view of one port: its IANA range with both names (the registry's in English, the
 * textbook's in `lang`), whether it is reserved, the common services on it, and with --check
 * whether it is free to bind on loopback now.
 */
export function renderPort(info: PortInfo, colors: Palette, options: PortTextOptions = {}): string {
  const { range } = info;
  const words = calcWords(options.lang);
  const common = words(`port-common-${range.id}`);
  const rows: [string, string][] = [
    [words('port-port'), colors.bold(String(info.port))],
    [
      words('port-range'),
      cell(
        words('port-range-value', {
          iana: range.ianaName,
          common,
          first: range.first,
          last: range.last,
        }),
      ),
    ],
    [words('port-assigned'), cell(words(`port-assignment-${range.id}`))],
  ];
  if (info.reserved) rows.push([words('port-reserved'), cell(words('port-reserved-yes'))]);
  rows.push(...serviceRows(info, words, options.lang ?? 'en'));
  if (options.check !== undefined) rows.push(checkRow(options.check, colors, words));
  return `${renderTable(rows)}\n`;
}
