import { get } from 'node:http';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { parseEvents, runClient, runInProcess, spawnNetlab, startServer } from './_demo-helpers.js';

describe('netlab demo http', () => {
  test('both ends in one process: the raw request and response are text over TCP', async () => {
    const run = await runInProcess(['demo', 'http', '--json']);
    expect(run.code).toBe(0);
    const events = parseEvents(run.out);
    expect(events.map((e) => `${e.side} ${e.event}`)).toEqual([
      'server listen',
      'client send',
      'server recv',
      'server send',
      'client recv',
    ]);
    const port = events[0]?.port;
    expect(events[1]?.data).toBe(
      `GET / HTTP/1.1\\r\\nHost: 127.0.0.1:${port}\\r\\nUser-Agent: netlab\\r\\nConnection: close\\r\\n\\r\\n`,
    );
    expect(events[2]?.data).toBe(events[1]?.data);
    expect(events[4]?.data).toMatch(/^HTTP\/1\.1 200 OK\\r\\n/);
    expect(events[4]?.data).toContain('<h1>Hello from netlab</h1>');
    expect(run.leaked).toEqual([]);
  });

  test('the narration shows each line with its \\r\\n and fits 80 columns', async () => {
    const run = await runInProcess(['demo', 'http']);
    expect(run.code).toBe(0);
    for (const line of run.out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(run.out).toContain('          │ GET / HTTP/1.1\\r\\n\n');
    expect(run.out).toContain('          │ HTTP/1.1 200 OK\\r\\n\n');
  });

  test('as two processes the server stays up for a browser until Ctrl-C', async () => {
    const server = await startServer(['demo', 'http']);
    const first = await runClient(['demo', 'http'], server.port);
    const second = await runClient(['demo', 'http'], server.port);
    expect([first, second].map((run) => [run.code, run.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    expect(parseEvents(second.stdout).at(-1)?.data).toMatch(/^HTTP\/1\.1 200 OK/);
    const requests = parseEvents(server.lines().join('\n')).filter((e) => e.event === 'recv');
    expect(requests).toHaveLength(2);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(130);
  });

  test('a 15 KiB URL is shown cut, with a count of what was left out', async () => {
    const server = spawnNetlab(['demo', 'http', '--role', 'server', '--port', '0']);
    const listening = await server.line((text) => /listening on 127\.0\.0\.1:\d+/.test(text));
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(listening)?.[1]);
    const path = `/${'a'.repeat(15 * 1024)}`;
    await new Promise<void>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path }, (response) => {
        response.resume().on('end', resolve);
      }).on('error', reject);
    });
    const got = await server.line((text) => text.includes('got GET'));
    expect(got.length).toBeLessThan(200);
    expect(got).toContain('…(+');
    server.child.kill('SIGINT');
    await server.exited;
  });
});
