// esbuild plugins for netlab's CLI bundle. Each one removes a start-up cost found with
// `node --cpu-prof` and timing marks (docs/benchmarks.md, "Start-up", has the figures), and each fails the
// build when the dependency it adapts has changed shape, rather than silently losing the saving.
import { readFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

/** Where yargs keeps the shim it loads for Node, and the lazy one netlab bundles instead. */
const yargsNodeShim = join(dirname(require.resolve('yargs')), 'lib', 'platform-shims', 'esm.mjs');
const lazyShim = join(root, 'scripts', 'yargs-platform-shim.mjs');

/** An esbuild plugin that bundles the lazy shim in place of yargs' eager one, and fails if it cannot. */
export function lazyYargsShim() {
  let swapped = false;
  return {
    name: 'netlab-lazy-yargs-shim',
    setup(builder) {
      builder.onResolve({ filter: /platform-shims[\\/]esm\.mjs$/ }, (args) => {
        if (join(args.resolveDir, args.path) !== yargsNodeShim) return undefined;
        swapped = true;
        return { path: lazyShim };
      });
      builder.onEnd((result) => {
        if (result.errors.length === 0 && !swapped) {
          throw new Error(`yargs no longer imports ${yargsNodeShim}: update the lazy shim`);
        }
      });
    },
  };
}

/**
 * An esbuild plugin that turns `await import('node:crypto')` and the like into a lazily
 * initialised module that requires the built-in, so the CommonJS bundle keeps no import() (which
 * a vm.Script, as the code-cache launcher uses, runs only on some Node versions).
 */
export function builtinsAsRequire() {
  return {
    name: 'netlab-builtins-as-require',
    setup(builder) {
      builder.onResolve({ filter: /^[\w:/]+$/ }, (args) =>
        args.kind === 'dynamic-import' && isBuiltin(args.path)
          ? { path: args.path, namespace: 'netlab-builtin' }
          : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'netlab-builtin' }, (args) => {
        const id = JSON.stringify(args.path);
        return { contents: `export * from ${id};\nexport { default } from ${id};\n`, loader: 'js' };
      });
    },
  };
}

/**
 * An esbuild plugin that answers cli-table3's width questions quickly. cli-table3 asks string-width
 * (v4) for every line of every cell, several times, and even truncates each cell to 10 characters
 * for a debug message it never prints; string-width builds a fresh RegExp to strip colour codes on
 * every call and matches a 10 kB emoji pattern. Drawing one calculator table cost about 5 ms.
 * Printable ASCII is one column a character, so it is answered by its length; any other short
 * text is measured by string-width once and remembered.
 */
export function fastTableStringWidth() {
  const tableDir = dirname(require.resolve('cli-table3/package.json'));
  const realWidth = createRequire(join(tableDir, 'index.js')).resolve('string-width');
  return {
    name: 'netlab-fast-table-string-width',
    setup(builder) {
      builder.onResolve({ filter: /^string-width$/ }, (args) =>
        args.importer.startsWith(`${tableDir}/`)
          ? { path: 'cli-table3-string-width', namespace: 'netlab-fast-width' }
          : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'netlab-fast-width' }, () => ({
        contents: `
          const stringWidth = require(${JSON.stringify(realWidth)});
          const printableAscii = /^[\\x20-\\x7e]*$/;
          const known = new Map();
          const width = (text) => {
            if (typeof text !== 'string') return stringWidth(text);
            if (printableAscii.test(text)) return text.length;
            let answer = known.get(text);
            if (answer === undefined) {
              answer = stringWidth(text);
              if (text.length <= 64 && known.size < 1024) known.set(text, answer);
            }
            return answer;
          };
          module.exports = width;
          module.exports.default = width;
        `,
        loader: 'js',
        resolveDir: tableDir,
      }));
    },
  };
}

/**
 * An esbuild plugin that defers string-width's start-up work. netlab's renderers, its lessons and
 * yargs' help renderer (cliui and wrap-ansi, which otherwise bring two private copies of an older
 * release) all get one wrapper around netlab's own string-width. Loading string-width builds an
 * Intl.Segmenter (about 7 ms: ICU's data) and an RGI_Emoji pattern (about 9 ms) before any text
 * is measured; the wrapper answers printable ASCII by its length, exactly as string-width's own
 * first test does, and loads string-width for the first other text. The function is the same
 * (`stringWidth(text, options)`) since string-width 5.
 */
export function lazyStringWidth() {
  const own = require.resolve('string-width');
  const { version } = JSON.parse(readFileSync(join(dirname(own), 'package.json'), 'utf8'));
  if (Number.parseInt(version, 10) < 5) {
    throw new Error(`string-width ${version} is older than cliui expects`);
  }
  // netlab's own code (src/, and the yargs shim in scripts/), cliui and wrap-ansi. The folders
  // are netlab's own, from the root: a dependency's src/ (cli-table3 has one) is not netlab's.
  const ownFolders = [join(root, 'src'), join(root, 'scripts')].map((folder) => `${folder}${sep}`);
  const helpRenderers = /[\\/]node_modules[\\/](cliui|wrap-ansi)[\\/]/;
  const uses = (importer) =>
    ownFolders.some((folder) => importer.startsWith(folder)) || helpRenderers.test(importer);
  return {
    name: 'netlab-lazy-string-width',
    setup(builder) {
      builder.onResolve({ filter: /^string-width$/ }, (args) =>
        uses(args.importer) ? { path: own, namespace: 'netlab-lazy-width' } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'netlab-lazy-width' }, () => ({
        contents: `
          const printableAscii = /^[\\x20-\\x7e]*$/;
          let measure;
          export default function stringWidth(text, options) {
            if (typeof text === 'string' && printableAscii.test(text)) return text.length;
            measure ??= require(${JSON.stringify(own)}).default;
            return measure(text, options);
          }
        `,
        loader: 'js',
        resolveDir: dirname(own),
      }));
    },
  };
}
