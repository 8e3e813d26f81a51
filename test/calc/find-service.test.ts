import { describe, expect, test } from 'vitest';
import { findService } from '../../src/calc/find-service.js';
import { refusal } from './_refusal.js';

describe('findService() finds a service by the names a student types', () => {
  const cases: [string, string[]][] = [
    ['ssh', ['22/tcp']],
    ['SSH', ['22/tcp']],
    ['http', ['80/tcp', '8080/tcp']],
    ['https', ['443/tcp', '443/udp', '8443/tcp']],
    ['dns', ['53/udp', '53/tcp', '853/tcp', '853/udp']],
    ['domain', ['53/udp', '53/tcp']],
    ['dhcp', ['67/udp', '68/udp']],
    ['ms-sql-s', ['1433/tcp']],
  ];
  test.for(cases)('findService(%j) finds %j', ([name, found]) => {
    expect(findService(name).map((service) => `${service.port}/${service.transport}`)).toEqual(
      found,
    );
  });

  test('findService() refuses a name not in the table and says what to give', () => {
    expect(refusal(() => findService('gopher'))).toBe(
      `cannot find service "gopher" in netlab's table of common services; give a port number, or a name such as http, https, ssh, dns or mysql`,
    );
  });
});
