import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { parseEvents, runInProcess, runServerAndClient } from './_demo-helpers.js';

describe('netlab demo udp', () => {
  test('both ends in one process: boundaries kept, the size limit, and no connection', async () => {
    const run = await runInProcess(['demo', 'udp', '--json']);
    expect(run.code).toBe(0);
    const events = parseEvents(run.out);
    const received = events.filter((e) => e.side === 'server' && e.event === 'recv');
    expect(received.map((e) => e.data).slice(0, 3)).toEqual(['hello', 'how are you?', 'bye']);
    const error = events.find((e) => e.event === 'error');
    expect(error).toMatchObject({ side: 'client', code: 'EMSGSIZE' });
    expect(received.at(-1)?.bytes).toBe((error?.bytes ?? 0) - 1);
    if (process.platform === 'linux') expect(received.at(-1)?.bytes).toBe(65_507);
    const last = events.at(-1);
    expect(last).toMatchObject({ side: 'client', event: 'send', bytes: 13 });
    expect(last?.peer).not.toBe(events[0]?.peer);
    expect(run.leaked).toEqual([]);
  });

  test('over IPv6 loopback the size limit is IPv6’s, and nothing fails', async () => {
    const run = await runInProcess(['demo', 'udp', '--host', '::1', '--json']);
    expect([run.code, run.err]).toEqual([0, '']);
    const events = parseEvents(run.out);
    const error = events.find((e) => e.event === 'error');
    expect(error).toMatchObject({ side: 'client', code: 'EMSGSIZE' });
    if (process.platform === 'linux') expect(error?.bytes).toBe(65_528);
    expect(events.at(-1)?.peer).toMatch(/^\[::1\]:\d+$/);
    expect(run.leaked).toEqual([]);
  });

  test('the narration fits 80 columns', async () => {
    const run = await runInProcess(['demo', 'udp']);
    expect(run.code).toBe(0);
    for (const line of run.out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(run.out).toContain('→ 3 sends, 3 receives, each exactly one send');
  });

  test('as two processes the server receives the three datagrams and stops on Ctrl-C', async () => {
    const { server, client } = await runServerAndClient(['demo', 'udp']);
    expect([client.code, client.stderr]).toEqual([0, '']);
    await server.line((line) => line.includes('"bytes":65507') || line.includes('"bytes":9216'));
    const received = parseEvents(server.lines().join('\n')).filter((e) => e.event === 'recv');
    expect(received.map((e) => e.data).slice(0, 3)).toEqual(['hello', 'how are you?', 'bye']);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(130);
    expect(server.stderr()).toBe('');
  });
});
