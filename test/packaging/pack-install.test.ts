import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** npm without the network: nothing may be fetched, and no update check either. */
const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' };

interface Packed {
  readonly tarball: string;
  readonly files: readonly string[];
  readonly prefix: string;
  readonly work: string;
  /** What `npm install -g` printed. */
  readonly installLog: string;
}

let packed: Packed;

/**
 * Packs netlab with `npm run pack` (scripts/pack.mjs: it builds bundles and declarations in a
 * staging folder, so the shared dist/ that other tests run is never touched), then installs the
 * tarball globally into a temporary prefix with npm offline and an empty cache.
 */
beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'netlab-pack-'));
  const { stdout } = await run(
    process.execPath,
    [join(root, 'scripts', 'pack.mjs'), '--json', '--pack-destination', work],
    { env: npmEnv },
  );
  const [report] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  const tarball = join(work, report.filename);
  const prefix = join(work, 'prefix');
  const install = await run(
    'npm',
    ['install', '-g', tarball, '--prefix', prefix, '--offline', '--cache', join(work, 'npm-cache')],
    { env: npmEnv },
  );
  packed = {
    tarball,
    files: report.files.map((file) => file.path).sort(),
    prefix,
    work,
    installLog: install.stdout + install.stderr,
  };
}, 120_000);

afterAll(async () => {
  if (packed) await rm(packed.work, { recursive: true, force: true });
});

/** The package.json npm installed. */
function installedManifest(): string {
  return join(packed.prefix, 'lib', 'node_modules', 'netlab', 'package.json');
}

/** Runs the installed `netlab`, as a user of the global install would. */
async function installed(args: readonly string[]) {
  try {
    const { stdout, stderr } = await run(join(packed.prefix, 'bin', 'netlab'), [...args], {
      env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(packed.work, 'cache') },
      timeout: 20_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? null, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The module specifiers a bundle loads: require("x"), import("x"), import … from "x". */
function loadedSpecifiers(source: string): string[] {
  const quoted = String.raw`(["'])([^"']+)\1`;
  const patterns = [
    new RegExp(String.raw`\brequire\(${quoted}\)`, 'g'),
    new RegExp(String.raw`\bimport\(${quoted}\)`, 'g'),
    new RegExp(
      String.raw`\bimport\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*from\s*${quoted}`,
      'g',
    ),
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[2]!));
}

describe('npm pack', () => {
  test('ships only the bin, the CLI bundle and its map, the OUI data, the library, its declarations, the content, the topologies, the manual and the JSON schemas', () => {
    const allowed =
      /^(package\.json|README\.md|LICENSE|dist\/(netlab\.cjs|cli\.cjs|cli\.cjs\.map|index\.js|oui\.json|[\w/-]+\.d\.ts)|content\/(lessons\/[\w-]+\/[\w-]+\.md|messages\/[\w-]+\/[\w-]+\.json)|topologies\/[\w-]+\.yaml|docs\/[\w-]+\.md|schemas\/[\w-]+\.schema\.json)$/;
    expect(packed.files.filter((file) => !allowed.test(file))).toEqual([]);
    for (const file of [
      'dist/netlab.cjs',
      'dist/cli.cjs',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/oui.json',
      'content/lessons/zh/arp.md',
      'content/messages/en/errors.json',
      'content/messages/en/lessons.json',
      'topologies/lan.yaml',
      'topologies/two-lans.yaml',
      'docs/lab.md',
      'schemas/defs.schema.json',
      'schemas/error.schema.json',
      'schemas/demo-event.schema.json',
    ]) {
      expect(packed.files).toContain(file);
    }
  });

  test('ships every JSON schema of schemas/, so scripts can validate --json output against them', async () => {
    const schemas = (await readdir(join(root, 'schemas'))).map((file) => `schemas/${file}`);
    expect(packed.files.filter((file) => file.startsWith('schemas/'))).toEqual(schemas.sort());
  });

  test('installs without warnings: no install scripts, not even the clone-only prepare', async () => {
    expect(packed.installLog).not.toMatch(/warn/i);
    const pkg = JSON.parse(await readFile(installedManifest(), 'utf8')) as { scripts?: object };
    expect(Object.keys(pkg.scripts ?? {})).not.toContain('prepare');
  });

  test('declares no runtime dependencies, and the bundles load only Node built-ins', async () => {
    const pkg = JSON.parse(await readFile(installedManifest(), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    const lib = join(packed.prefix, 'lib', 'node_modules', 'netlab', 'dist');
    for (const bundle of ['netlab.cjs', 'cli.cjs', 'index.js']) {
      const specifiers = loadedSpecifiers(await readFile(join(lib, bundle), 'utf8'));
      expect(specifiers.filter((specifier) => !isBuiltin(specifier))).toEqual([]);
    }
  });
});

describe('the globally installed netlab', () => {
  test('netlab --help shows the menu', async () => {
    const result = await installed(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Calculators:');
    expect(result.stderr).toBe('');
  });

  test('a calculator answers exactly as the development build does', async () => {
    const args = ['same-subnet', '192.168.1.5', '192.168.1.77', '255.255.255.0'];
    const [fromInstall, fromBuild] = await Promise.all([installed(args), runCli(args)]);
    expect(fromInstall).toEqual({ code: 0, stdout: fromBuild.stdout, stderr: '' });
  });

  test('the tcp demo runs on loopback and ends by itself', async () => {
    const result = await installed(['demo', 'tcp']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('TCP keeps the');
    expect(result.stderr).toBe('');
  });

  test('a lesson plays straight through as the development build plays it', async () => {
    // "lan" prints no live values (ports, timings), so two runs print the same.
    const args = ['lesson', 'lan', '--no-pause'];
    const [fromInstall, fromBuild] = await Promise.all([installed(args), runCli(args)]);
    expect(fromInstall).toEqual({ code: 0, stdout: fromBuild.stdout, stderr: '' });
  });
});

describe('netlab as a library', () => {
  test('import { sameSubnet } from "netlab" works from the installed package', async () => {
    const script = join(packed.prefix, 'lib', 'use-netlab.mjs');
    await writeFile(
      script,
      [
        "import { parseHostSpec, sameSubnet } from 'netlab';",
        "const answer = sameSubnet(parseHostSpec('192.168.1.10', '/24'), parseHostSpec('192.168.1.200', '/25'));",
        'console.log(JSON.stringify([answer.sameSubnet, answer.aSeesB, answer.bSeesA]));',
      ].join('\n'),
    );
    const { stdout } = await run(process.execPath, [script]);
    expect(JSON.parse(stdout)).toEqual([false, true, false]);
  });

  test('its type declarations resolve and reject a misuse', async () => {
    const folder = join(packed.prefix, 'lib');
    await writeFile(
      join(folder, 'use-netlab.ts'),
      [
        "import { type SameSubnetResult, parseHostSpec, sameSubnet } from 'netlab';",
        "const answer: SameSubnetResult = sameSubnet(parseHostSpec('10.0.0.1/8'), parseHostSpec('10.9.9.9/8'));",
        'export const same: boolean = answer.sameSubnet;',
        '// @ts-expect-error the calculators take parsed values, not text',
        "sameSubnet('10.0.0.1', '10.9.9.9');",
      ].join('\n'),
    );
    await writeFile(
      join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['use-netlab.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    await expect(run(process.execPath, [tsc, '-p', folder])).resolves.toBeDefined();
  });
});
