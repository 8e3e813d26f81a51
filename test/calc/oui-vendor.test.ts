import { describe, expect, test } from 'vitest';
import { ouiVendor } from '../../src/calc/oui-vendor.js';
import { parseMac } from '../../src/calc/parse-mac.js';

const registry = new Map([
  ['001A2B', 'Ayecom Technology Co., Ltd.'],
  ['00005E', 'ICANN, IANA Department'],
  ['70B3D5', 'IEEE Registration Authority'],
  ['70B3D5001', 'SOREDI touch systems GmbH'],
  ['F4F5D8', 'Google, Inc.'],
  ['F4F5D81', 'A medium block holder'],
]);

const vendor = (text: string) => ouiVendor(parseMac(text), registry);

describe('ouiVendor() names the IEEE registrant', () => {
  test('an assigned OUI gives its organisation', () => {
    expect(vendor('00:1a:2b:3c:4d:5e')).toEqual({
      status: 'assigned',
      prefix: '001A2B',
      organization: 'Ayecom Technology Co., Ltd.',
    });
  });

  test('the longest assignment wins: MA-S inside MA-L, MA-M inside MA-L', () => {
    expect(vendor('70:b3:d5:00:10:01')).toMatchObject({ prefix: '70B3D5001' });
    expect(vendor('70:b3:d5:ff:00:01')).toMatchObject({ prefix: '70B3D5' });
    expect(vendor('f4:f5:d8:10:00:01')).toMatchObject({ prefix: 'F4F5D81' });
  });

  test('a group address is looked up with the I/G bit cleared: 01:00:5e is IANA’s 00:00:5e', () => {
    expect(vendor('01:00:5e:00:00:fb')).toMatchObject({ status: 'assigned', prefix: '00005E' });
  });

  test('a universal OUI nobody holds is unassigned', () => {
    expect(vendor('fc:ff:ff:00:00:01')).toEqual({ status: 'unassigned', prefix: 'FCFFFF' });
  });

  test('a locally administered address names no vendor, whatever its first bytes', () => {
    expect(vendor('02:42:ac:11:00:02')).toEqual({ status: 'local' });
    expect(vendor('33:33:00:00:00:01')).toEqual({ status: 'local' });
    expect(vendor('ff:ff:ff:ff:ff:ff')).toEqual({ status: 'local' });
  });
});
