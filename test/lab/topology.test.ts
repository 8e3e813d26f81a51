import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { loadTopology } from '../../src/lab/load-topology.js';
import { checkTopology } from '../../src/lab/parse-topology.js';
import { topologyData } from '../../src/lab/topology-data.js';

const host = (name: string, address: string, extra: Record<string, unknown> = {}) => ({
  name,
  interfaces: [{ switch: 's1', address }],
  ...extra,
});
const lan = (hosts: unknown[], more: Record<string, unknown> = {}) => ({
  name: 't',
  switches: [{ name: 's1' }],
  hosts,
  ...more,
});

describe('loadTopology', () => {
  test('reads the shipped lan: A, B and C on s1 with the course addresses', async () => {
    const topology = await loadTopology('lan', process.cwd());
    expect(topologyData(topology).hosts).toEqual([
      {
        name: 'A',
        interfaces: [{ switch: 's1', address: '192.168.1.10/24', mac: '02:00:00:00:00:0a' }],
      },
      {
        name: 'B',
        interfaces: [{ switch: 's1', address: '192.168.1.20/24', mac: '02:00:00:00:00:14' }],
      },
      {
        name: 'C',
        interfaces: [{ switch: 's1', address: '192.168.1.30/24', mac: '02:00:00:00:00:1e' }],
      },
    ]);
  });

  test('reads the shipped two-lans: router R forwards, C has its own gateway', async () => {
    const topology = await loadTopology('two-lans', process.cwd());
    expect(topology.switches).toEqual(['s1', 's2']);
    expect(topology.hosts.find((entry) => entry.name === 'R')?.forward).toBe(true);
  });

  test('names a missing file and the built-in names', async () => {
    await expect(loadTopology('nope.yaml', process.cwd())).rejects.toThrow(
      'cannot read topology "nope.yaml": no such file; give a file or one of lan, two-lans',
    );
  });
});

describe('checkTopology', () => {
  test.for([
    [
      'an unknown key',
      lan([host('A', '10.0.0.1/24', { gatway: '10.0.0.254' })]),
      'at hosts[0]: unknown key "gatway"; the keys here are name, interfaces, gateway, forward',
    ],
    [
      'a bad address',
      lan([host('A', '10.0.0.300/24')]),
      'at hosts[0].interfaces[0].address: cannot parse address "10.0.0.300"',
    ],
    [
      'a network address',
      lan([host('A', '10.0.0.0/24')]),
      '10.0.0.0/24 is the network or broadcast address of its subnet',
    ],
    [
      'a name used twice',
      lan([host('A', '10.0.0.1/24'), host('A', '10.0.0.2/24')]),
      'at hosts[1].name: name "A" is used twice',
    ],
    [
      'an address used twice',
      lan([host('A', '10.0.0.1/24'), host('B', '10.0.0.1/24')]),
      "address 10.0.0.1 is also A eth0's",
    ],
    [
      'an unknown switch',
      lan([{ name: 'A', interfaces: [{ switch: 's9', address: '10.0.0.1/24' }] }]),
      'no switch "s9"; the switches are s1',
    ],
    [
      'a gateway off the subnet',
      lan([host('A', '10.0.0.1/24', { gateway: '10.9.0.1' })]),
      "10.9.0.1 is on none of A's subnets",
    ],
    [
      'too many hosts',
      lan(Array.from({ length: 13 }, (_, i) => host(`H${i}`, `10.0.0.${i + 1}/24`))),
      'at hosts: has 13 entries; a lab allows 12',
    ],
    [
      'a long name',
      lan([host('Averylongname', '10.0.0.1/24')]),
      'must be a letter, then up to 7 letters or digits',
    ],
  ] as const)('refuses %s', ([, data, message]) => {
    expect(() => checkTopology(data, '"t.yaml"')).toThrow(message);
  });

  fcTest.prop([fc.uniqueArray(fc.integer({ min: 1, max: 254 }), { minLength: 1, maxLength: 12 })])(
    'reads back what topologyData writes',
    (lasts) => {
      const data = lan(
        lasts.map((last, i) => host(`H${i}`, `10.1.2.${last}/24`)),
        { description: '' },
      );
      const topology = checkTopology(data, 't');
      expect(checkTopology(topologyData(topology), 't')).toEqual(topology);
    },
  );
});
