import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PORT_SERVICES } from '../../src/calc/port-services.js';

/** "name,port,transport" rows of a CSV with "#" comment lines and one header line. */
function csvRows(path: URL): string[][] {
  const lines = readFileSync(path, 'utf8').split('\n');
  return lines
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split(','));
}

const IANA = csvRows(new URL('../../data/iana/service-names-excerpt.csv', import.meta.url));

/** /etc/services as port/transport → every name and alias given for it. */
function etcServices(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const raw of readFileSync('/etc/services', 'utf8').split('\n')) {
    const [name, where, ...aliases] = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (name === undefined || name === '' || where === undefined) continue;
    names.set(where, [...(names.get(where) ?? []), name, ...aliases]);
  }
  return names;
}

const hasEtcServices = existsSync('/etc/services');

describe('the curated services table', () => {
  test('every row has an IANA service name: none is listed "by common use" only', () => {
    expect(PORT_SERVICES.filter((service) => service.ianaName === null)).toEqual([]);
  });

  test('6379 is IANA redis and 27017 is IANA mongodb', () => {
    const named = (port: number) => PORT_SERVICES.find((service) => service.port === port);
    expect(named(6379)).toMatchObject({ ianaName: 'redis', transport: 'tcp' });
    expect(named(27017)).toMatchObject({ ianaName: 'mongodb', transport: 'tcp' });
    expect(named(6379)?.description).not.toContain('common use');
  });

  test('every IANA name is the registry excerpt’s name for that port and transport', () => {
    const missing = PORT_SERVICES.filter(
      ({ port, transport, ianaName }) =>
        !IANA.some(([name, p, t]) => name === ianaName && p === String(port) && t === transport),
    ).map(({ port, transport, ianaName }) => `${ianaName} ${port}/${transport}`);
    expect(missing).toEqual([]);
  });

  test('one row per port and transport, in port order', () => {
    const keys = PORT_SERVICES.map(({ port, transport }) => `${port}/${transport}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ports = PORT_SERVICES.map((service) => service.port);
    expect(ports).toEqual([...ports].sort((a, b) => a - b));
  });

  // /etc/services comes from Debian's netbase (CI's .ci/run installs it); it lists a subset.
  test.skipIf(!hasEtcServices)(
    'where /etc/services (netbase) lists a port, it gives the same name (skipped without /etc/services)',
    () => {
      const services = etcServices();
      const disagree = PORT_SERVICES.filter(({ port, transport, ianaName }) => {
        const names = services.get(`${port}/${transport}`);
        return names !== undefined && !names.includes(ianaName ?? '');
      }).map(
        ({ port, transport, ianaName }) =>
          `${port}/${transport}: ${ianaName} vs ${services.get(`${port}/${transport}`)}`,
      );
      expect(disagree).toEqual([]);
      const listed = PORT_SERVICES.filter(({ port, transport }) =>
        services.has(`${port}/${transport}`),
      );
      expect(listed.length).toBeGreaterThan(40);
    },
  );
});
