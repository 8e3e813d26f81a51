// Builds dist/ for the shipped package:
//
//   dist/netlab.cjs  the bin: a small launcher that loads cli.cjs with V8's compiled code cached
//   dist/cli.cjs     the whole CLI in one CommonJS file; every `await import()` in the sources
//                    becomes a lazily initialised module inside it, so a command still evaluates
//                    only the code it needs, without the cost of loading many ES module files
//   dist/index.js    the calculators as an ES module library (`import { sameSubnet } from "netlab"`)
//   dist/oui.json    the IEEE OUI registry (from oui-data) that `netlab mac` loads when it runs
//
//   node scripts/build.mjs                 the bundles
//   node scripts/build.mjs --declarations  also dist/index.d.ts and the .d.ts files it needs
//   node scripts/build.mjs --outdir DIR    build into DIR instead of dist/ (the packaging test)
//
// yargs' own platform shim is swapped for scripts/yargs-platform-shim.mjs, which loads cliui,
// string-width and friends only when help text is drawn (that file says what it saves).
import { execFileSync } from 'node:child_process';
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  builtinsAsRequire,
  fastTableStringWidth,
  lazyStringWidth,
  lazyYargsShim,
} from './build-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outdirAt = args.indexOf('--outdir');
const outdir = outdirAt === -1 ? 'dist' : args[outdirAt + 1];
if (outdir === undefined || outdir === '' || outdir.startsWith('--')) {
  throw new Error('--outdir wants a folder to build into (it is emptied first)');
}
const dist = resolve(root, outdir);
// Emptying the project or a folder above it would lose work: the folder must lie elsewhere.
if (!relative(dist, root).startsWith('..')) {
  throw new Error(`--outdir "${outdir}" would empty the project itself; name a folder of its own`);
}
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const withDeclarations = args.includes('--declarations');

/** Fails the build when an `import()` survived bundling: the CLI must be one self-contained file. */
function assertSelfContained(result, outfile) {
  const output = result.metafile.outputs[relative(root, outfile).replaceAll('\\', '/')];
  if (output === undefined) throw new Error(`esbuild did not report ${outfile}`);
  const leftover = output.imports.filter((entry) => entry.kind === 'dynamic-import');
  if (leftover.length > 0) {
    throw new Error(
      `${outfile} still imports at run time: ${leftover.map((e) => e.path).join(', ')}`,
    );
  }
}

/** @type {import('esbuild').BuildOptions} */
const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    NETLAB_VERSION: JSON.stringify(pkg.version),
    ...(pkg.bugs === undefined ? {} : { NETLAB_BUGS: JSON.stringify(pkg.bugs.url ?? pkg.bugs) }),
  },
};

/**
 * CommonJS has no import.meta: the sources' `import.meta.url` becomes the bundle's own URL.
 * @type {import('esbuild').BuildOptions}
 */
const commonJs = {
  ...shared,
  format: 'cjs',
  define: { ...shared.define, 'import.meta.url': '__netlabUrl' },
  banner: { js: 'var __netlabUrl=require("node:url").pathToFileURL(__filename).href;' },
  metafile: true,
};

// Built beside dist/ and swapped in at the end, so that a test run spawning dist/netlab.cjs while
// another run rebuilds (the test setup builds first) finds the old files or the new ones, never none.
const staging = `${dist}.building-${process.pid}`;
await rm(staging, { recursive: true, force: true });

try {
  const cliFile = join(staging, 'cli.cjs');
  const cli = await build({
    ...commonJs,
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile: cliFile,
    // Read only with NETLAB_DEBUG=1 (see src/bin.ts), so that a bug's stack names real files.
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [lazyYargsShim(), builtinsAsRequire(), fastTableStringWidth(), lazyStringWidth()],
  });
  assertSelfContained(cli, cliFile);

  // The IEEE OUI registry for `netlab mac`, read only when that command runs: prefix →
  // organisation (oui-data's entries also carry the postal address, which netlab never shows).
  const oui = JSON.parse(
    await readFile(join(root, 'node_modules', 'oui-data', 'index.json'), 'utf8'),
  );
  const organisations = Object.fromEntries(
    Object.entries(oui).map(([prefix, entry]) => [prefix, entry.split('\n', 1)[0].trim()]),
  );
  await writeFile(join(staging, 'oui.json'), JSON.stringify(organisations));

  const binFile = join(staging, 'netlab.cjs');
  await build({ ...commonJs, entryPoints: [join(root, 'src', 'bin.ts')], outfile: binFile });
  await chmod(binFile, 0o755);

  await build({
    ...shared,
    format: 'esm',
    entryPoints: [join(root, 'src', 'index.ts')],
    outfile: join(staging, 'index.js'),
    // Bundled CommonJS packages may call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __netlabCreateRequire } from 'node:module'; const require = __netlabCreateRequire(import.meta.url);",
    },
  });

  if (withDeclarations) {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        'tsconfig.build.json',
        '--outDir',
        staging,
      ],
      { cwd: root, stdio: 'inherit' },
    );
  }
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  throw error;
}

const retired = `${dist}.old-${process.pid}`;
await rename(dist, retired).catch(() => {});
await rename(staging, dist);
await rm(retired, { recursive: true, force: true });
