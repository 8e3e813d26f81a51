import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

interface Event {
  readonly side: string;
  readonly event: string;
  readonly part?: string;
  readonly code?: string;
  readonly data?: string;
  readonly frame?: number;
}

function events(stdout: string): Event[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Event);
}

const PYTHON_ENDINGS = ['ValueError', 'UnicodeDecodeError', 'struct.error', 'ZeroDivisionError'];

describe('netlab demo transfer', () => {
  test('--json logs the fixed run: header, 32 data frames, end, ack, exit 0', async () => {
    const result = await runCli(['--json', 'demo', 'transfer']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const log = events(result.stdout);
    expect(log.every((event) => event.part === 'fixed')).toBe(true);
    const sent = log.filter((event) => event.side === 'client' && event.event === 'send');
    expect(sent.filter((event) => event.frame !== undefined).map((event) => event.frame)).toEqual(
      Array.from({ length: 32 }, (_, index) => index + 1),
    );
    expect(sent[0]?.data).toBe('{\\"name\\":\\"video.mp4\\",\\"size\\":8388608}');
    const ack = log.find((event) => event.side === 'client' && event.event === 'recv');
    expect(ack?.data).toMatch(
      /^\{\\"name\\":\\"video.mp4\\",\\"size\\":8388608,\\"sha256\\":\\"[0-9a-f]+/,
    );
  });

  test('--broken replays the course protocol until it goes wrong, then the fixed run', async () => {
    const result = await runCli(['--json', 'demo', 'transfer', '--broken']);
    expect(result.code).toBe(0);
    const log = events(result.stdout);
    const broken = log.filter((event) => event.part === 'broken');
    expect(broken[1]).toMatchObject({ side: 'server', event: 'send', data: '8388608' });
    const ending = broken.at(-1);
    // Timing decides where it breaks; how the course's client ends is one of these.
    const crashed = ending?.event === 'error' && PYTHON_ENDINGS.includes(ending.code ?? '');
    const stopped = ending?.event === 'close';
    expect(crashed || stopped).toBe(true);
    expect(log.filter((event) => event.part === 'fixed').length).toBeGreaterThan(60);
  });

  test('the narration fits 80 columns', async () => {
    const result = await runCli(['demo', 'transfer', '--broken']);
    expect(result.code).toBe(0);
    const long = result.stdout.split('\n').filter((line) => [...line].length > 80);
    expect(long).toEqual([]);
    expect(result.stdout).toContain("First, the course's protocol as written");
    expect(result.stdout).toMatch(/the copy is byte-identical/);
  });
});
