// Makes the installable tarball, netlab-<version>.tgz:
//
//   node scripts/pack.mjs [--pack-destination DIR] [--json]     (npm run pack)
//
// Plain `npm pack` ships the same files, but its package.json keeps the `prepare` script that
// builds a fresh clone, and npm 11 warns about that script on every install of the tarball. So
// this stages the package in a temporary folder with `prepare` taken out of package.json, builds
// dist/ there (bundles and declarations), and packs that. With --json it prints npm's report;
// otherwise the tarball's path.
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const destinationAt = args.indexOf('--pack-destination');
const destination = resolve(destinationAt === -1 ? root : (args[destinationAt + 1] ?? ''));
const asJson = args.includes('--json');

const stage = await mkdtemp(join(tmpdir(), 'netlab-stage-'));
try {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  delete pkg.scripts.prepare;
  await writeFile(join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  for (const file of ['README.md', 'LICENSE']) await copyFile(join(root, file), join(stage, file));
  // Folders read at run time (lessons, messages, topologies) and the manual: every top-level
  // folder that package.json's `files` names besides dist/, which the build below writes.
  for (const folder of shippedFolders(pkg.files)) {
    await cp(join(root, folder), join(stage, folder), { recursive: true });
  }
  execFileSync(
    process.execPath,
    [join(root, 'scripts', 'build.mjs'), '--declarations', '--outdir', join(stage, 'dist')],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const report = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', destination],
    { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [{ filename }] = JSON.parse(report);
  process.stdout.write(asJson ? report : `${join(destination, filename)}\n`);
} finally {
  await rm(stage, { recursive: true, force: true });
}

/**
 * The top-level folders in `files` other than dist/: "topologies/*.yaml" names topologies.
 * @param {string[]} files
 */
function shippedFolders(files) {
  const folders = files.filter((entry) => entry.includes('/')).map((entry) => entry.split('/')[0]);
  return [...new Set(folders)].filter((folder) => folder !== 'dist');
}
