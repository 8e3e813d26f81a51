import type { PortAnswer } from '../calc/answer-port-query.js';
import type { PortInfo } from '../calc/port-info.js';

function servicesText(info: PortInfo): string {
  return info.services
    .map((service) => `${service.port}/${service.transport} ${service.name}`)
    .join(', ');
}

/**
 * One answer on one line, for batch runs.
 * @example "443: System Ports (well-known ports); 443/tcp HTTPS, 443/udp HTTP/3"
 */
export function portLine(answer: PortAnswer): string {
  if (answer.kind === 'service') {
    return `${answer.name}: ${answer.ports.map(servicesText).join(', ')}`;
  }
  if (answer.kind === 'range') {
    const { summary } = answer;
    const shares = summary.ianaRanges
      .map(({ range, count }) => `${count} ${range.ianaName}`)
      .join(', ');
    return `${summary.first}-${summary.last}: ${summary.count} ports (${shares}); ${summary.services.length} services in netlab's table`;
  }
  const { info } = answer;
  const range = `${info.range.ianaName} (${info.range.commonName})`;
  const services = info.services.length === 0 ? "no service in netlab's table" : servicesText(info);
  return `${info.port}: ${range}; ${services}`;
}
