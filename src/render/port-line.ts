import type { PortAnswer } from '../calc/answer-port-query.js';
import type { PortInfo } from '../calc/port-info.js';
import { calcWords } from './_calc-words.js';
import { type LineOptions, type LineWords, lineWords } from './_line-words.js';

function servicesText(info: PortInfo, words: LineWords): string {
  return info.services
    .map((service) =>
      words('port-service', {
        port: service.port,
        transport: service.transport,
        name: service.name,
      }),
    )
    .join(words('list-separator'));
}

/**
 * One answer on one line, for batch runs, in `lang`. IANA's range names and the service names
 * stay as the registries write them; the textbook name of a range is the calculators' word.
 * @example "443: System Ports (well-known ports); 443/tcp HTTPS, 443/udp HTTP/3"
 */
export function portLine(answer: PortAnswer, { lang }: LineOptions = {}): string {
  const words = lineWords(lang);
  const separator = words('list-separator');
  if (answer.kind === 'service') {
    const services = answer.ports.map((info) => servicesText(info, words)).join(separator);
    return words('port-name', { name: answer.name, services });
  }
  if (answer.kind === 'range') {
    const { summary } = answer;
    const shares = summary.ianaRanges
      .map(({ range, count }) => words('port-range-share', { count, iana: range.ianaName }))
      .join(separator);
    return words('port-range', {
      first: summary.first,
      last: summary.last,
      count: summary.count,
      shares,
      services: summary.services.length,
    });
  }
  const { info } = answer;
  return words('port', {
    port: info.port,
    iana: info.range.ianaName,
    common: calcWords(lang)(`port-common-${info.range.id}`),
    services: info.services.length === 0 ? words('port-no-service') : servicesText(info, words),
  });
}
