#!/usr/bin/env node
/**
 * netlab's launcher. The CLI is one CommonJS bundle (dist/cli.cjs) whose commands load their code
 * only when they run; this file loads it with V8's compiled code kept between runs, runs it on
 * the real process and sets the exit code.
 */
import module from 'node:module';
import { homedir } from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import type * as Cli from './cli/main.js';
import { processIo } from './cli/process-io.js';
import { codeCacheDirectory } from './startup/code-cache-directory.js';
import { requireWithCodeCache } from './startup/require-with-code-cache.js';

declare const NETLAB_VERSION: string;

/** Node >= 22.1 has its own compile cache; older Node lacks the function. */
type NodeCompileCache = (directory?: string) => unknown;

/** Loads the CLI bundle, reusing compiled code; `save` keeps this run's for the next one. */
function loadCli(): { readonly cli: typeof Cli; readonly save: (label: string) => void } {
  const file = fileURLToPath(new URL('./cli.cjs', import.meta.url));
  const directory = codeCacheDirectory({
    env: process.env,
    home: homedir(),
    platform: process.platform,
  });
  const { enableCompileCache } = module as { enableCompileCache?: NodeCompileCache };
  if (process.env.NETLAB_DEBUG === '1') {
    // A bug's stack names netlab's own files and lines: Node maps them through cli.cjs.map.
    process.setSourceMapsEnabled(true);
    return { cli: module.createRequire(file)(file) as typeof Cli, save: () => {} };
  }
  if (enableCompileCache !== undefined) {
    if (directory !== undefined) enableCompileCache(directory);
    return { cli: module.createRequire(file)(file) as typeof Cli, save: () => {} };
  }
  const loaded = requireWithCodeCache<typeof Cli>(file, {
    directory,
    tag: `${NETLAB_VERSION}-v8-${process.versions.v8}`,
  });
  return { cli: loaded.exports, save: loaded.save };
}

const { cli, save } = loadCli();
const controller = new AbortController();
/** The signals that stop a command cleanly (its .part files removed), with the shell's exit status. */
const STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
let stoppedWith: number | undefined;
for (const [name, status] of Object.entries(STOP_SIGNALS)) {
  process.once(name, () => {
    stoppedWith ??= status;
    controller.abort();
    process.exitCode = stoppedWith;
  });
}
// A reader that stops early (`netlab demo sticky | head`) closes the pipe: stop the command
// quietly, as Unix tools do, instead of dying on an unhandled EPIPE.
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  readerGone = true;
  controller.abort();
});
const args = process.argv.slice(2);
cli
  .main(
    args,
    processIo(() => controller.abort()),
    controller.signal,
  )
  .then((code) => {
    process.exitCode = readerGone ? 0 : (stoppedWith ?? (controller.signal.aborted ? 130 : code));
    // The cache grows to cover each command once: its name labels the run.
    save(args.find((arg) => !arg.startsWith('-')) ?? '');
  });
