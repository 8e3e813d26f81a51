// Runs every benchmark in bench/*.mjs (but bench/_*.mjs, their helpers), one after another, each in its own Node process.
// Benchmarks import the TypeScript sources directly; each is bundled with esbuild first
// (Node 20 cannot run TypeScript). Usage: npm run bench [-- NAME...] to run only some.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(join(root, 'bench')))
  // A name starting with "_" is a helper that a benchmark runs, not a benchmark.
  .filter((name) => name.endsWith('.mjs') && !name.startsWith('_'))
  .filter((name) => wanted.length === 0 || wanted.includes(name.replace(/\.mjs$/, '')))
  .sort();
if (files.length === 0) throw new Error(`no benchmark in bench/ matches ${wanted.join(', ')}`);

// Inside node_modules so that bundles which keep packages external still resolve them.
const cache = join(root, 'node_modules', '.cache');
await mkdir(cache, { recursive: true });
const out = await mkdtemp(join(cache, 'netlab-bench-'));
try {
  for (const name of files) {
    const bundle = join(out, name);
    await build({
      absWorkingDir: root,
      entryPoints: [join('bench', name)],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    console.log(`\n== bench/${name}`);
    execFileSync(process.execPath, [bundle], { stdio: 'inherit', cwd: root });
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
