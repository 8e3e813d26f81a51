import { describe, expect, test } from 'vitest';
import { parsePortList, parsePortQuery } from '../../src/calc/parse-port-query.js';
import { refusal } from './_refusal.js';

describe('parsePortQuery() tells a port, a range and a service name apart', () => {
  const cases: [string, unknown][] = [
    ['443', { kind: 'port', port: 443 }],
    ['1-1024', { kind: 'range', first: 1, last: 1024 }],
    ['8000-8000', { kind: 'range', first: 8000, last: 8000 }],
    ['https', { kind: 'service', name: 'https' }],
    ['ftp-data', { kind: 'service', name: 'ftp-data' }],
  ];
  test.for(cases)('parsePortQuery() reads %s', ([text, query]) => {
    expect(parsePortQuery(text)).toEqual(query);
  });

  const refused: [string, string][] = [
    [
      '1024-1',
      'cannot parse port range "1024-1": it runs backwards (1024 is after 1); write the lower port first',
    ],
    [
      '1-2-3',
      'cannot parse port range "1-2-3": a range is two ports joined by one "-", such as 1-1024',
    ],
    ['1-65536', 'cannot parse port "65536": it is over 65535, the largest 16-bit number'],
    ['-1', 'cannot parse port "-1": a port cannot be negative; ports run from 0 to 65535'],
    [
      '8o',
      'cannot parse port "8o": "o" is not a decimal digit; write a port with the digits 0-9 only',
    ],
  ];
  test.for(refused)('parsePortQuery() refuses %s', ([text, message]) => {
    expect(refusal(() => parsePortQuery(text))).toBe(message);
  });
});

describe('parsePortList() reads comma-separated lists', () => {
  test('parsePortList() reads 80,443,http,1-10 in order', () => {
    expect(parsePortList('80,443,http,1-10').map((query) => query.kind)).toEqual([
      'port',
      'port',
      'service',
      'range',
    ]);
  });

  test.for(['80,,443', ',80', '80,'])('parsePortList() refuses the empty item in %s', (text) => {
    expect(refusal(() => parsePortList(text))).toMatch(
      /^cannot parse port list ".*": item \d is empty/,
    );
  });
});
