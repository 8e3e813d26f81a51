import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import type { DemoEvent } from '../../src/demos/narrator.js';
import { parseEvents, runInProcess, runServerAndClient } from './_demo-helpers.js';

const MIB4 = 4 * 1024 * 1024;

function partOf(events: readonly DemoEvent[], part: string) {
  const server = events.filter((e) => e.part === part && e.side === 'server' && e.event === 'recv');
  return {
    sends: events.filter((e) => e.part === part && e.side === 'client' && e.event === 'send'),
    reads: server.filter((e) => e.frame === undefined),
    frames: server.filter((e) => e.frame !== undefined),
  };
}

/** What every run of the sticky demo must show, wherever its two ends ran. */
function expectTheLesson(events: readonly DemoEvent[]): void {
  const a = partOf(events, 'a');
  expect(a.sends.map((e) => e.data)).toEqual(['hello', 'world']);
  expect(a.reads.map((e) => e.data)).toEqual(['helloworld']);

  const b = partOf(events, 'b');
  expect(b.sends.map((e) => e.bytes)).toEqual([MIB4]);
  expect(b.reads.length).toBeGreaterThan(1);
  expect(b.reads.reduce((sum, e) => sum + (e.bytes ?? 0), 0)).toBe(MIB4);

  const c = partOf(events, 'c');
  expect(c.frames.map((e) => e.bytes)).toEqual([5, 5, MIB4]);
  expect(c.frames.slice(0, 2).map((e) => e.data)).toEqual(['hello', 'world']);

  const d = partOf(events, 'd');
  expect(d.sends).toHaveLength(3);
  expect(d.frames.map((e) => e.data)).toEqual(['hello', 'world', 'line one', 'line two']);
}

describe('netlab demo sticky', () => {
  test('both ends in one process: merging, splitting and both fixes, in the event log', async () => {
    const run = await runInProcess(['demo', 'sticky', '--json']);
    expect(run.code).toBe(0);
    expectTheLesson(parseEvents(run.out));
    expect(run.leaked).toEqual([]);
  });

  test('the narration has the four titled parts and fits 80 columns', async () => {
    const run = await runInProcess(['demo', 'sticky']);
    expect(run.code).toBe(0);
    for (const line of run.out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    const titles = run.out.split('\n').filter((line) => /^\([a-d]\) /.test(line));
    expect(titles).toEqual([
      '(a) Merging: two quick sends, one read',
      '(b) Splitting: one 4 MiB send, many reads',
      '(c) Fix 1: a 4-byte length before every message',
      '(d) Fix 2: a newline after every message, and its limit',
    ]);
    expect(run.out).toContain(
      '  server  waits 200 ms before its first read, so every small send is here\n  server  read 10 bytes  "helloworld"\n',
    );
    expect(run.out).toMatch(
      / {2}server {2}read 4194304 bytes in \d+ reads \(smallest \d+, largest \d+\)\n {10}sizes: \d+/,
    );
    expect(run.out).toContain('→ 3 messages sent, 4 received');
  });

  test('as two processes the lesson is the same and the server exits by itself', async () => {
    const { server, client } = await runServerAndClient(['demo', 'sticky']);
    expect([client.code, client.stderr]).toEqual([0, '']);
    expect(await server.exited).toBe(0);
    expectTheLesson([...parseEvents(client.stdout), ...parseEvents(server.lines().join('\n'))]);
  });
});
