// Bundles the CLI and the library with esbuild. The CLI is split at every `await import()` so that
// starting netlab loads only the code of the command that runs.
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm('dist', { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  define: { NETLAB_VERSION: JSON.stringify(pkg.version) },
  // Some bundled CommonJS packages call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __netlabCreateRequire } from 'node:module'; const require = __netlabCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

await build({
  ...shared,
  entryPoints: { netlab: 'src/bin.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

await build({ ...shared, entryPoints: { index: 'src/index.ts' }, outdir: 'dist' });
