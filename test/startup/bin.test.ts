import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../dist/netlab.cjs', import.meta.url));
const PROBE = fileURLToPath(new URL('./count-segmenters.cjs', import.meta.url));
const FAKE_NODE_CACHE = fileURLToPath(new URL('./fake-node-compile-cache.cjs', import.meta.url));

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'netlab-bin-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs the bin with the cache in the test's folder; extra Node flags go before the script. */
function netlab(
  args: readonly string[],
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
) {
  return run(process.execPath, [...nodeFlags, BIN, ...args], {
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: work, ...env },
  });
}

describe('the netlab bin', () => {
  test('saves the compiled CLI on the first run and reuses it without rewriting', async () => {
    const first = await netlab(['port', '80']);
    const [saved, ...others] = await readdir(join(work, 'netlab'));
    expect(others).toEqual([]);
    expect(saved).toMatch(/^cli\.cjs-[0-9a-f]{8}-.*\.v8$/);
    const written = (await stat(join(work, 'netlab', saved!))).mtimeMs;
    const second = await netlab(['port', '80']);
    expect(second).toEqual(first);
    expect((await stat(join(work, 'netlab', saved!))).mtimeMs).toBe(written);
  });

  test('on a Node with its own compile cache, the bin hands it the user cache folder instead', async () => {
    const calls = join(work, 'calls');
    const { stdout } = await netlab(['port', '80'], { NETLAB_TEST_COMPILE_CACHE_CALLS: calls }, [
      '--require',
      FAKE_NODE_CACHE,
    ]);
    expect(stdout).toContain('80');
    expect(await readFile(calls, 'utf8')).toBe(`${join(work, 'netlab')}\n`);
    expect(await readdir(work)).toEqual(['calls']);
  });

  test('NODE_DISABLE_COMPILE_CACHE=1 leaves no cache behind', async () => {
    await netlab(['--version'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(await readdir(work)).toEqual([]);
  });

  // Parsing, and the calculators whose tables are all ASCII. Each string-width or Segmenter loaded
  // at start-up costs several milliseconds (docs/benchmarks.md, "Start-up").
  test.for<[string, string[]]>([
    ['a same-subnet table', ['same-subnet', '192.168.1.5', '192.168.1.77', '255.255.255.0']],
    ['a subnet table', ['subnet', '192.168.1.77/26']],
    ['a mask table', ['mask', '255.255.240.0']],
    ['a port table', ['port', '80']],
    ['a classify table', ['classify', '10.0.0.1']],
    ['--version', ['--version']],
    ['a usage error', ['port', '--no-such-option']],
    ['an unknown command', ['prot', '80']],
  ])('%s builds no Intl.Segmenter: string-width stays unloaded', async ([, args]) => {
    const countFile = join(work, 'count');
    await netlab(args, { NETLAB_TEST_SEGMENTER_COUNT: countFile }, ['--require', PROBE]).catch(
      () => undefined,
    );
    expect(await readFile(countFile, 'utf8')).toBe('0');
  });

  test('the probe counts a Segmenter when one is built', async () => {
    const countFile = join(work, 'count');
    await run(process.execPath, ['--require', PROBE, '-e', 'new Intl.Segmenter()'], {
      env: { ...process.env, NETLAB_TEST_SEGMENTER_COUNT: countFile },
    });
    expect(await readFile(countFile, 'utf8')).toBe('1');
  });

  test('asked-for help is drawn in full, still without building a Segmenter for ASCII text', async () => {
    const countFile = join(work, 'count');
    const { stdout } = await netlab(
      ['port', '--help'],
      { NETLAB_TEST_SEGMENTER_COUNT: countFile },
      ['--require', PROBE],
    );
    expect(stdout).toMatch(/^netlab port \[ports\.\.\]\n/);
    expect(stdout).toContain('Options:');
    expect(await readFile(countFile, 'utf8')).toBe('0');
  });
});
