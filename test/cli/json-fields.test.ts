import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The fields of the JSON contract a script needs beside what the tables show. */
describe('--json carries what the human output shows', () => {
  test.each([
    ['10.1.2.3/8', 4, 'A'],
    ['172.16.0.1/12', 4, 'B'],
    ['192.168.1.77/26', 4, 'C'],
    ['224.0.0.1/4', 4, 'D'],
    ['240.0.0.1/4', 4, 'E'],
    ['2001:db8::1/64', 6, null],
  ])('subnet %s --json gives version %i and historic class %s', async (spec, version, kind) => {
    const result = await runCli(['subnet', spec, '--json']);
    expect(result.code).toBe(0);
    expect(records(result.stdout)[0]).toMatchObject({ version, historicClass: kind });
  });

  test('the batch fast path gives the same version and class as one answer', async () => {
    const one = await runCli(['subnet', '192.168.1.77/26', '--json']);
    const batch = await runCli(['subnet', '--stdin', '--json'], { input: '192.168.1.77/26\n' });
    expect(batch.stdout).toBe(one.stdout);
  });

  test('demo ports --json names the ephemeral port the client got, inside the range it gives', async () => {
    const result = await runCli(['demo', 'ports', '--json']);
    expect(result.code).toBe(0);
    const connect = records(result.stdout).find((event) => event.localPort !== undefined);
    const range = connect?.ephemeralRange as { low: number; high: number; source: string };
    expect(connect).toMatchObject({ side: 'client', event: 'connect' });
    expect(connect?.localPort).toBeGreaterThanOrEqual(range.low);
    expect(connect?.localPort).toBeLessThanOrEqual(range.high);
  });

  test('every send and recv carries its bytes in base64, which decode to the shown data', async () => {
    const result = await runCli(['demo', 'tcp', '--json']);
    const moved = records(result.stdout).filter((event) => 'bytes' in event);
    expect(moved.length).toBeGreaterThan(0);
    for (const event of moved) {
      const bytes = Buffer.from(String(event.base64), 'base64');
      expect(bytes.length).toBe(event.bytes);
      expect(bytes.toString('utf8')).toBe(event.data);
    }
  });
});
