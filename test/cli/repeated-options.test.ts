import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('an option given twice', () => {
  test.for([
    [['receive', '--port', '1', '--port', '2'], '--port', 'receive'],
    [['receive', '--dir', 'a', '--dir', 'b'], '--dir', 'receive'],
    [['demo', 'udp', '--payload', 'a', '--payload', 'b'], '--payload', 'demo'],
    [['demo', 'tcp', '--host', '127.0.0.1', '--host', '::1'], '--host', 'demo'],
    [['send', 'x', '--to', '127.0.0.1:1', '--to', '127.0.0.1:2'], '--to', 'send'],
    [['lesson', 'list', '--lang', 'en', '--lang', 'zh'], '--lang', 'lesson'],
  ] as const)('%j: says "given twice" and exits 2', async ([args, option, command]) => {
    const result = await runCli([...args]);
    expect(result.stderr).toBe(
      `netlab: ${option} was given twice: give it once (see "netlab ${command} --help")\n`,
    );
    expect(result.code).toBe(2);
  });

  test('an array argument may still take several values', async () => {
    const result = await runCli(['port', '80', '443']);
    expect([result.code, result.stderr]).toEqual([0, '']);
  });
});
