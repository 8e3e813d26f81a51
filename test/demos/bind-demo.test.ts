import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { interfaceAddresses } from '../../src/net/interface-addresses.js';
import {
  attemptsByServer,
  parseEvents,
  runInProcess,
  runServerAndClient,
} from './_demo-helpers.js';

describe('netlab demo bind', () => {
  test('both ends in one process: 127.0.0.1 refuses every other address, 0.0.0.0 accepts them', async () => {
    const run = await runInProcess(['demo', 'bind', '--json']);
    expect(run.code).toBe(0);
    const attempts = attemptsByServer(run.out);
    expect(attempts['127.0.0.1']?.[0]).toBe('127.0.0.1 reached');
    expect(attempts['0.0.0.0']?.[0]).toBe('127.0.0.1 reached');
    if (process.platform === 'linux') {
      const outside = interfaceAddresses()
        .filter((entry) => entry.family === 'IPv4' && !entry.internal)
        .map((entry) => entry.address);
      expect(attempts).toEqual({
        '127.0.0.1': [
          '127.0.0.1 reached',
          '127.0.0.2 ECONNREFUSED',
          ...outside.map((address) => `${address} ECONNREFUSED`),
        ],
        '0.0.0.0': [
          '127.0.0.1 reached',
          '127.0.0.2 reached',
          ...outside.map((address) => `${address} reached`),
        ],
      });
    }
    expect(run.err).toMatch(
      /^warning: 0\.0\.0\.0:\d+ is open to any machine that can reach this one\n$/,
    );
    expect(run.leaked).toEqual([]);
  });

  test('the narration lists this machine’s addresses and fits 80 columns', async () => {
    const run = await runInProcess(['demo', 'bind']);
    expect(run.code).toBe(0);
    for (const line of run.out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(run.out).toMatch(/^ {2}\S+ +127\.0\.0\.1 +loopback: this machine only$/m);
  });

  test('as two processes the server reports the client it accepted', async () => {
    const { server, client } = await runServerAndClient(['demo', 'bind']);
    expect([client.code, client.stderr]).toEqual([0, '']);
    expect(parseEvents(client.stdout)).toEqual([
      expect.objectContaining({ side: 'client', event: 'connect', host: '127.0.0.1' }),
    ]);
    await server.line((line) => line.includes('"event":"connect"'));
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(130);
  });
});
