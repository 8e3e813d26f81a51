import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import type { DemoEvent } from '../../src/demos/narrator.js';
import { freePort } from '../helpers/free-port.js';
import { runCli } from '../helpers/run-cli.js';
import { parseEvents, runInProcess, runServerAndClient } from './_demo-helpers.js';

/** How the course's client can end: the Python exception that stops it. */
const PYTHON_ENDINGS = ['ValueError', 'UnicodeDecodeError', 'struct.error', 'ZeroDivisionError'];

/** Data frames of the 8 MiB demo file: 256 KiB each. */
const DATA_FRAMES = 32;

/** What every fixed run's log must show, wherever its two ends ran. */
function expectTheFixedRun(events: readonly DemoEvent[]): void {
  const fixed = events.filter((event) => event.part === 'fixed');
  const sent = fixed.filter((event) => event.side === 'client' && event.event === 'send');
  const received = fixed.filter((event) => event.side === 'server' && event.event === 'recv');
  for (const frames of [sent, received]) {
    expect(frames.filter((event) => event.frame !== undefined).map((event) => event.frame)).toEqual(
      Array.from({ length: DATA_FRAMES }, (_, index) => index + 1),
    );
  }
  expect(sent[0]).toMatchObject({
    bytes: 40,
    data: '\\x00\\x00\\x00$H{\\"name\\":\\"video.mp4\\",\\"size\\":8388608}',
  });
  expect(sent.at(-1)).toMatchObject({ bytes: 37 });
  expect(sent.at(-1)?.data).toMatch(/^\\x00\\x00\\x00!E/);
  const ack = fixed.find((event) => event.side === 'client' && event.event === 'recv');
  expect(ack?.data).toMatch(/^\\x00\\x00\\x00pA\{\\"name\\":\\"video\.mp4\\",\\"size\\":8388608,/);
}

/** Every event of a log: known side and event, `bytes` and `data` on each send and recv. */
function expectWellFormed(events: readonly DemoEvent[]): void {
  for (const event of events) {
    expect(['server', 'client']).toContain(event.side);
    expect(['listen', 'connect', 'send', 'recv', 'close', 'error']).toContain(event.event);
    expect(Number.isInteger(event.t)).toBe(true);
    if (event.event === 'send' || event.event === 'recv') {
      expect(typeof event.bytes).toBe('number');
      expect(typeof event.data).toBe('string');
    }
  }
}

describe('netlab demo transfer', () => {
  test('both ends in one process: header, 32 data frames, end and ack, nothing left open', async () => {
    const run = await runInProcess(['demo', 'transfer', '--json']);
    expect([run.code, run.err]).toEqual([0, '']);
    const events = parseEvents(run.out);
    expectWellFormed(events);
    expect(events.every((event) => event.part === 'fixed')).toBe(true);
    expectTheFixedRun(events);
    expect(run.leaked).toEqual([]);
  });

  test('--broken replays the course protocol until it goes wrong, then the fixed run', async () => {
    const run = await runInProcess(['demo', 'transfer', '--broken', '--json']);
    expect([run.code, run.err]).toEqual([0, '']);
    const events = parseEvents(run.out);
    expectWellFormed(events);
    const broken = events.filter((event) => event.part === 'broken');
    expect(broken[1]).toMatchObject({ side: 'server', event: 'send', data: '8388608' });
    const ending = broken.at(-1);
    // Timing decides where it breaks; how the course's client ends is one of these.
    const crashed = ending?.event === 'error' && PYTHON_ENDINGS.includes(ending.code ?? '');
    expect(crashed || ending?.event === 'close').toBe(true);
    expectTheFixedRun(events);
    expect(run.leaked).toEqual([]);
  });

  test('the narration fits 80 columns and says where the course protocol broke', async () => {
    const run = await runInProcess(['demo', 'transfer', '--broken']);
    expect(run.code).toBe(0);
    const long = run.out.split('\n').filter((line) => stringWidth(line) > 80);
    expect(long).toEqual([]);
    expect(run.out).toContain("The course's protocol as written (netlab demo transfer --broken)");
    expect(run.out).toMatch(/^(Where it went wrong|Every read happened to line up)/m);
    expect(run.out).toContain('the copy is byte-identical');
  });

  test('as two processes the file arrives and both ends exit by themselves', async () => {
    const { server, client } = await runServerAndClient(['demo', 'transfer']);
    expect([client.code, client.stderr]).toEqual([0, '']);
    expect(await server.exited).toBe(0);
    expect(server.stderr()).toBe('');
    const events = [...parseEvents(client.stdout), ...parseEvents(server.lines().join('\n'))];
    expectWellFormed(events);
    expectTheFixedRun(events);
  });

  test('as two processes --broken plays the course protocol across them', async () => {
    const { server, client } = await runServerAndClient(['demo', 'transfer', '--broken']);
    expect([client.code, client.stderr]).toEqual([0, '']);
    expect(await server.exited).toBe(0);
    const events = parseEvents(client.stdout);
    expectWellFormed(events);
    expect(events[1]).toMatchObject({
      side: 'client',
      event: 'recv',
      data: expect.stringMatching(/^8388608/),
    });
    const ending = events.at(-1);
    expect(ending?.event === 'close' || PYTHON_ENDINGS.includes(ending?.code ?? '')).toBe(true);
  });

  test.for([[[]], [['--broken']]] as const)(
    'a client %j with no server is one line naming the server command, exit 1',
    async ([extra]) => {
      const port = String(await freePort());
      const result = await runCli([
        'demo',
        'transfer',
        ...extra,
        '--role',
        'client',
        '--port',
        port,
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `netlab: cannot connect to 127.0.0.1:${port}: nothing is listening there (ECONNREFUSED); start the server first with "netlab demo transfer --role server${extra.length > 0 ? ' --broken' : ''} --port ${port}"\n`,
      );
    },
  );
});
