import { describe, expect, test } from 'vitest';
import { answerPortQuery } from '../../src/calc/answer-port-query.js';
import { parsePortQuery } from '../../src/calc/parse-port-query.js';
import { portLine } from '../../src/render/port-line.js';

describe('portLine() answers one query on one line', () => {
  const cases: [string, string][] = [
    ['53', '53: System Ports (well-known ports); 53/tcp DNS, 53/udp DNS'],
    [
      '50000',
      "50000: Dynamic and/or Private Ports (dynamic, private or ephemeral ports); no service in netlab's table",
    ],
    ['ssh', 'ssh: 22/tcp SSH'],
    ['20-21', "20-21: 2 ports (2 System Ports); 2 services in netlab's table"],
  ];
  test.for(cases)('portLine() of %s', ([text, line]) => {
    expect(portLine(answerPortQuery(parsePortQuery(text)))).toBe(line);
  });
});
