import { InputError } from '../core/errors.js';
import { PORT_SERVICES, type PortService } from './port-services.js';
import { quote } from './quote-input.js';

/** Whether `name` names the service: its course name, its IANA name, or its course name's first word. */
function matches(service: PortService, name: string): boolean {
  const wanted = name.toLowerCase();
  const course = service.name.toLowerCase();
  return (
    course === wanted ||
    service.ianaName?.toLowerCase() === wanted ||
    course.split(' ')[0] === wanted
  );
}

/**
 * The services in netlab's table that a name means, in port order: `http` finds HTTP on 80 and
 * "HTTP alternate" on 8080, `domain` and `dns` both find DNS. Case does not matter.
 * @example findService('ssh').map((s) => s.port) // [22]
 */
export function findService(name: string): PortService[] {
  const found = PORT_SERVICES.filter((service) => matches(service, name));
  if (found.length > 0) return found;
  throw new InputError('unknown-service', { value: quote(name) });
}
