import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { parseEvents, runInProcess, runServerAndClient } from './_demo-helpers.js';

describe('netlab demo ports', () => {
  test('both ends in one process: the second bind gets EADDRINUSE, the client an ephemeral port', async () => {
    const run = await runInProcess(['demo', 'ports', '--json']);
    expect(run.code).toBe(0);
    const [listen, refused, connect] = parseEvents(run.out);
    expect(listen).toMatchObject({ side: 'server', event: 'listen', host: '127.0.0.1' });
    expect(refused).toMatchObject({ event: 'error', code: 'EADDRINUSE', port: listen?.port });
    expect(connect).toMatchObject({ side: 'client', event: 'connect', port: listen?.port });
    expect(run.leaked).toEqual([]);
  });

  test('the narration names the ephemeral range and fits 80 columns', async () => {
    const run = await runInProcess(['demo', 'ports']);
    expect(run.code).toBe(0);
    for (const line of run.out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(run.out).toMatch(/ephemeral range \d+–\d+ \(/);
    expect(run.out).toContain('refused: EADDRINUSE, another program already holds that port');
  });

  test('as two processes the client cannot take the port the server holds', async () => {
    const { server, client } = await runServerAndClient(['demo', 'ports']);
    expect([client.code, client.stderr]).toEqual([0, '']);
    expect(parseEvents(client.stdout)).toEqual([
      expect.objectContaining({ side: 'client', event: 'error', code: 'EADDRINUSE' }),
    ]);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(130);
  });
});
