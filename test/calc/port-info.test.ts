import { describe, expect, test } from 'vitest';
import { describePort } from '../../src/calc/port-info.js';
import { parsePort } from '../../src/calc/port-number.js';
import { PORT_RANGES } from '../../src/calc/port-ranges.js';
import { PORT_SERVICES } from '../../src/calc/port-services.js';

function info(text: string) {
  return describePort(parsePort(text));
}

describe('describePort()', () => {
  test.for([
    ['0', 'system', 'System Ports', 'well-known ports'],
    ['1023', 'system', 'System Ports', 'well-known ports'],
    ['1024', 'user', 'User Ports', 'registered ports'],
    ['49151', 'user', 'User Ports', 'registered ports'],
    ['49152', 'dynamic', 'Dynamic and/or Private Ports', 'dynamic, private or ephemeral ports'],
    ['65535', 'dynamic', 'Dynamic and/or Private Ports', 'dynamic, private or ephemeral ports'],
  ] as const)('describePort() puts %s in the %s range', ([port, id, ianaName, commonName]) => {
    expect(info(port).range).toMatchObject({ id, ianaName, commonName });
  });

  test('the IANA ranges cover 0 to 65535 with no gap and no overlap', () => {
    const bounds = PORT_RANGES.map((range) => [range.first, range.last]);
    expect(bounds).toEqual([
      [0, 1023],
      [1024, 49_151],
      [49_152, 65_535],
    ]);
  });

  test('describePort() calls port 0 valid but reserved, and no other port', () => {
    expect(info('0').reserved).toBe(true);
    expect(info('1').reserved).toBe(false);
  });

  test.for([
    ['53', ['tcp DNS', 'udp DNS']],
    ['80', ['tcp HTTP']],
    ['443', ['tcp HTTPS', 'udp HTTP/3']],
    ['514', ['tcp rsh', 'udp Syslog']],
    ['3306', ['tcp MySQL']],
    ['27017', ['tcp MongoDB']],
    ['50000', []],
  ] as const)('describePort() lists the services on %s', ([port, services]) => {
    expect(info(port).services.map((one) => `${one.transport} ${one.name}`)).toEqual(services);
  });

  test.for([
    20, 21, 22, 23, 25, 53, 67, 68, 69, 80, 110, 123, 137, 138, 139, 143, 161, 162, 179, 389, 443,
    445, 465, 514, 587, 636, 853, 993, 995, 1433, 1521, 1883, 3306, 3389, 5060, 5353, 5432, 5900,
    6379, 8080, 8443, 27017,
  ])('the service table names port %i', (port) => {
    expect(PORT_SERVICES.some((service) => service.port === port)).toBe(true);
  });

  test('the service table has one row per port and transport', () => {
    const keys = PORT_SERVICES.map((service) => `${service.port}/${service.transport}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
