import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { CodeCacheState } from '../../src/startup/require-with-code-cache.js';

const run = promisify(execFile);
let runnerDir: string;
let runner: string;

/**
 * Each load runs in a fresh Node, as each start of netlab does: within one process V8 answers a
 * second compile of the same source from memory and never looks at the cache file.
 */
beforeAll(async () => {
  runnerDir = await mkdtemp(join(tmpdir(), 'netlab-code-cache-runner-'));
  runner = join(runnerDir, 'load.mjs');
  const source = fileURLToPath(
    new URL('../../src/startup/require-with-code-cache.ts', import.meta.url),
  );
  await build({
    stdin: {
      contents: [
        `import { requireWithCodeCache } from ${JSON.stringify(source)};`,
        'const [file, directory, tag, label] = process.argv.slice(2);',
        "const loaded = requireWithCodeCache(file, { directory: directory === '-' ? undefined : directory, tag });",
        'loaded.save(label);',
        'console.log(JSON.stringify({ state: loaded.state, exports: loaded.exports }));',
      ].join('\n'),
      resolveDir: runnerDir,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: runner,
    logLevel: 'error',
  });
});

afterAll(async () => {
  await rm(runnerDir, { recursive: true, force: true });
});

/** Loads `file` through the code cache in a new Node process, then saves under `label`. */
async function load(directory: string | undefined, tag = 't', label = 'port') {
  const { stdout } = await run(process.execPath, [runner, file, directory ?? '-', tag, label]);
  return JSON.parse(stdout) as { state: CodeCacheState; exports: Exports };
}

let work: string;
let cache: string;
let file: string;

/** A CommonJS module with enough code for V8 to cache, exporting what it was given. */
function moduleSource(answer: number): string {
  const helpers = Array.from(
    { length: 50 },
    (_, i) => `function helper${i}(x) { return x + ${i}; }`,
  );
  return `${helpers.join('\n')}\nmodule.exports = { answer: helper0(${answer}), file: __filename, required: typeof require };\n`;
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'netlab-code-cache-'));
  cache = join(work, 'cache');
  file = join(work, 'bundle.cjs');
  await writeFile(file, moduleSource(42));
});

afterEach(async () => {
  await chmod(work, 0o700).catch(() => {});
  await rm(work, { recursive: true, force: true });
});

type Exports = { answer: number; file: string; required: string };

describe('requireWithCodeCache()', () => {
  test('runs the file as CommonJS, with __filename and require', async () => {
    expect((await load(cache)).exports).toEqual({ answer: 42, file, required: 'function' });
  });

  test('compiles the first time, saves the code, and reuses it the next time', async () => {
    expect((await load(cache)).state).toBe('miss');
    const [saved] = await readdir(cache);
    expect(saved).toMatch(/^bundle\.cjs-[0-9a-f]{8}-t-\d+-\d+\.v8$/);
    expect((await stat(join(cache, saved!))).mode & 0o777).toBe(0o600);
    expect(await load(cache)).toEqual({
      state: 'hit',
      exports: { answer: 42, file, required: 'function' },
    });
  });

  test('a damaged cache is refused by V8, the file still runs, and saving repairs it', async () => {
    await load(cache);
    const [saved] = await readdir(cache);
    await writeFile(join(cache, saved!), Buffer.from('not V8 code at all'));
    const damaged = await load(cache);
    expect(damaged.state).toBe('rejected');
    expect(damaged.exports.answer).toBe(42);
    expect((await load(cache)).state).toBe('hit');
  });

  test('a rebuilt file gets a new cache, and saving it removes the old build cache', async () => {
    await load(cache);
    const [old] = await readdir(cache);
    await writeFile(file, moduleSource(4242));
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const rebuilt = await load(cache);
    expect(rebuilt.state).toBe('miss');
    expect(rebuilt.exports.answer).toBe(4242);
    const files = await readdir(cache);
    expect(files).toHaveLength(1);
    expect(files[0]).not.toBe(old);
  });

  test('a run with a new label adds its code to the cache once; a known label writes nothing', async () => {
    await load(cache, 't', 'port');
    const [saved] = await readdir(cache);
    const path = join(cache, saved!);
    const afterPort = (await stat(path)).mtimeMs;
    expect((await load(cache, 't', 'port')).state).toBe('hit');
    expect((await stat(path)).mtimeMs).toBe(afterPort);
    await utimes(path, new Date(0), new Date(0));
    expect((await load(cache, 't', 'mask')).state).toBe('hit');
    expect((await stat(path)).mtimeMs).toBeGreaterThan(0);
    await utimes(path, new Date(0), new Date(0));
    expect((await load(cache, 't', 'mask')).state).toBe('hit');
    expect((await load(cache, 't', 'port')).state).toBe('hit');
    expect((await stat(path)).mtimeMs).toBe(0);
  });

  test('another tag (another Node) does not reuse the cache', async () => {
    await load(cache, 'node-a');
    expect((await load(cache, 'node-b')).state).toBe('miss');
  });

  test('without a folder nothing is cached or written', async () => {
    expect((await load(undefined)).state).toBe('off');
    expect(await readdir(work)).toEqual(['bundle.cjs']);
  });

  test('a folder that cannot be written costs the cache, never the run', async () => {
    await chmod(work, 0o500);
    const loaded = await load(cache);
    expect(loaded.exports.answer).toBe(42);
    expect(loaded.state).toBe('miss');
  });
});
