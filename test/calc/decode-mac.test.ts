import { describe, expect, test } from 'vitest';
import { decodeMac } from '../../src/calc/decode-mac.js';
import { parseMac } from '../../src/calc/parse-mac.js';

const cases = [
  {
    text: '00:1A:2B:3C:4D:5E',
    cast: 'unicast',
    administration: 'universal',
    ig: 0,
    ul: 0,
    known: null,
  },
  {
    text: '02:00:00:00:00:0a',
    cast: 'unicast',
    administration: 'local',
    ig: 0,
    ul: 1,
    known: null,
  },
  {
    text: '01:00:5e:00:00:fb',
    cast: 'multicast',
    administration: 'universal',
    ig: 1,
    ul: 0,
    known: 'ipv4-multicast',
  },
  {
    text: '01:00:5e:80:00:01',
    cast: 'multicast',
    administration: 'universal',
    ig: 1,
    ul: 0,
    known: null,
  },
  {
    text: '33:33:00:00:00:01',
    cast: 'multicast',
    administration: 'local',
    ig: 1,
    ul: 1,
    known: 'ipv6-multicast',
  },
  {
    text: '01:80:c2:00:00:00',
    cast: 'multicast',
    administration: 'universal',
    ig: 1,
    ul: 0,
    known: 'stp',
  },
  {
    text: 'ff:ff:ff:ff:ff:ff',
    cast: 'broadcast',
    administration: 'local',
    ig: 1,
    ul: 1,
    known: 'broadcast',
  },
] as const;

describe('decodeMac', () => {
  test.for(cases)('decodeMac() reads $text as $cast, $administration', (row) => {
    const report = decodeMac(parseMac(row.text));
    expect(report.cast).toBe(row.cast);
    expect(report.administration).toBe(row.administration);
    expect([report.igBit, report.ulBit]).toEqual([row.ig, row.ul]);
    expect(report.wellKnown?.name ?? null).toBe(row.known);
  });

  test('decodeMac() splits the OUI half from the device half and shows the first byte in binary', () => {
    const report = decodeMac(parseMac('06:1a:2b:3c:4d:5e'));
    expect(report.canonical).toBe('06:1a:2b:3c:4d:5e');
    expect(report.oui).toBe('06:1a:2b');
    expect(report.device).toBe('3c:4d:5e');
    expect(report.firstOctet).toBe(6);
    expect(report.firstOctetBinary).toBe('00000110');
  });
});
