import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

async function run(args: readonly string[]) {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('global options given without a command', () => {
  test.for([
    [['--no-color'], 'Usage: netlab <command> [options]'],
    [['--lang', 'zh'], '用法：netlab <命令> [选项]'],
    [['--lang=en', '--no-color'], 'Usage: netlab <command> [options]'],
    [['--help', '--json'], 'Usage: netlab <command> [options]'],
  ] as const)('netlab %j prints the menu in its language, exit 0', async ([args, usage]) => {
    const result = await run(args);
    expect([result.code, result.err]).toEqual([0, '']);
    expect(result.out).toContain(usage);
  });

  test('netlab --json is a usage error with an error record on stdout', async () => {
    const result = await run(['--json']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^netlab: give a command with --json/);
    expect(JSON.parse(result.out)).toMatchObject({ error: { code: 'command-missing' } });
  });

  test('a bad --lang alone is refused as a bad value, not shown the menu', async () => {
    const result = await run(['--lang', 'xx']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--lang');
  });
});

describe('--lang is global', () => {
  test.for([
    ['--lang', 'zh', 'lesson', 'ports', '--no-pause'],
    ['lesson', 'ports', '--no-pause', '--lang', 'zh'],
  ])('netlab %j speaks Chinese wherever --lang stands', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.out).toContain('端口');
  });

  test('a command that speaks one language accepts --lang too', async () => {
    const result = await run(['port', '80', '--lang', 'zh']);
    expect([result.code, result.err]).toEqual([0, '']);
  });
});

describe('the words other tools use for help and version', () => {
  test('netlab help prints the same menu as netlab --help', async () => {
    const [word, flag] = [await run(['help']), await run(['--help'])];
    expect(word).toEqual(flag);
  });

  test('netlab help COMMAND prints that command’s help page', async () => {
    const [word, flag] = [await run(['help', 'mask']), await run(['mask', '--help'])];
    expect(word).toEqual(flag);
  });

  test('netlab version prints the version, not a suggestion', async () => {
    const [word, flag] = [await run(['version']), await run(['--version'])];
    expect(word).toEqual(flag);
    expect(word.code).toBe(0);
  });
});
