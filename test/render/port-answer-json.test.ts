import { describe, expect, test } from 'vitest';
import { answerPortQuery } from '../../src/calc/answer-port-query.js';
import { parsePortQuery } from '../../src/calc/parse-port-query.js';
import { portAnswerJson } from '../../src/render/port-answer-json.js';
import { portToJson } from '../../src/render/port-json.js';

function json(text: string) {
  return portAnswerJson(answerPortQuery(parsePortQuery(text)));
}

describe('portAnswerJson() writes one record per query', () => {
  test('portAnswerJson() of a port is the port record', () => {
    const answer = answerPortQuery(parsePortQuery('80'));
    if (answer.kind !== 'port') throw new Error('80 is a port');
    expect(portAnswerJson(answer)).toStrictEqual(portToJson(answer.info));
  });

  test('portAnswerJson() of a service name holds a port record for each port', () => {
    expect(json('http')).toMatchObject({ service: 'http', ports: [{ port: 80 }, { port: 8080 }] });
  });

  test('portAnswerJson() of a service with --check results puts each check on its port', () => {
    const answer = answerPortQuery(parsePortQuery('http'));
    const check = { host: '127.0.0.1', tcp: 'free', udp: 'in-use' } as const;
    expect(portAnswerJson(answer, [{ ...check, port: 80 }, null])).toMatchObject({
      ports: [
        { port: 80, check },
        { port: 8080, check: null },
      ],
    });
  });

  test('portAnswerJson() of a range has its shares and every service in it', () => {
    expect(json('20-23')).toStrictEqual({
      first: 20,
      last: 23,
      count: 4,
      ianaRanges: [{ id: 'system', ianaName: 'System Ports', count: 4 }],
      services: [
        {
          port: 20,
          transport: 'tcp',
          name: 'FTP data',
          ianaName: 'ftp-data',
          description: 'File Transfer Protocol, data connection (RFC 959)',
        },
        {
          port: 21,
          transport: 'tcp',
          name: 'FTP',
          ianaName: 'ftp',
          description: 'File Transfer Protocol, control connection (RFC 959)',
        },
        {
          port: 22,
          transport: 'tcp',
          name: 'SSH',
          ianaName: 'ssh',
          description: 'Secure Shell remote login (RFC 4253)',
        },
        {
          port: 23,
          transport: 'tcp',
          name: 'Telnet',
          ianaName: 'telnet',
          description: 'Unencrypted remote terminal (RFC 854)',
        },
      ],
    });
  });
});
