import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { parseEvents, runInProcess, runServerAndClient } from './_demo-helpers.js';

describe('netlab demo bind', () => {
  test('both ends in one process: 127.0.0.1 refuses 127.0.0.2, 0.0.0.0 accepts both', async () => {
    const run = await runInProcess(['demo', 'bind', '--json']);
    expect(run.code).toBe(0);
    const events = parseEvents(run.out);
    const attempts = events
      .filter((e) => e.side === 'client')
      .map((e) => `${e.host} ${e.event === 'connect' ? 'accepted' : e.code}`);
    expect(attempts[0]).toBe('127.0.0.1 accepted');
    expect(attempts[2]).toBe('127.0.0.1 accepted');
    if (process.platform === 'linux') {
      expect(attempts).toEqual([
        '127.0.0.1 accepted',
        '127.0.0.2 ECONNREFUSED',
        '127.0.0.1 accepted',
        '127.0.0.2 accepted',
      ]);
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
