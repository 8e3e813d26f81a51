import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';

/** How the compiled code was found: reused, compiled afresh (none yet, or refused), or not cached. */
export type CodeCacheState = 'hit' | 'miss' | 'rejected' | 'off';

/** A CommonJS file loaded through V8's code cache. */
export interface CachedModule<T> {
  readonly exports: T;
  readonly state: CodeCacheState;
  /**
   * Keeps this run's compiled code for the next runs. Call it after the work, with a label for
   * the kind of work (netlab passes the command's name): the cache is written when there was none,
   * when V8 refused it, or when it holds no run with this label yet, so that after each command
   * has run once, every command starts from compiled code. Never throws: a cache is optional.
   */
  readonly save: (label: string) => void;
}

/** Where to keep the cache, and a tag that must change whenever the runtime does. */
export interface CodeCacheOptions {
  /** The folder for cache files; undefined turns caching off. */
  readonly directory: string | undefined;
  /** Part of the cache file's name, e.g. the Node and netlab versions. */
  readonly tag: string;
}

/** How many labels one cache remembers; past that (typos, say) it is no longer rewritten. */
const MAX_LABELS = 32;

/** What a cache file holds: the labels of the runs whose code is in it, and V8's data. */
interface CacheContents {
  readonly labels: readonly string[];
  readonly data: Buffer;
}

/** CommonJS' function around a file's code, as Node's own loader puts it. */
function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

/** A short FNV-1a hash of a text, as hex: tells apart bundles of the same name in other folders. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The start of every cache file name for `file`: one per bundle path, whatever its build. */
function cacheStem(file: string): string {
  return `${basename(file)}-${shortHash(file)}-`;
}

/** The cache file for `file`: named for its size and time of change, so a rebuilt file gets a new one. */
function cacheFileFor(file: string, options: CodeCacheOptions & { directory: string }): string {
  const { size, mtimeMs } = statSync(file);
  const safeTag = options.tag.replace(/[^\w.-]/g, '_');
  return join(options.directory, `${cacheStem(file)}${safeTag}-${size}-${Math.trunc(mtimeMs)}.v8`);
}

/** Reads a cache file: a 4-byte length, that many bytes of JSON labels, then V8's data. */
function readCache(cacheFile: string): CacheContents | 'absent' | 'damaged' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return 'absent';
  }
  try {
    const headerLength = bytes.readUInt32LE(0);
    const labels: unknown = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength));
    if (!Array.isArray(labels) || !labels.every((label) => typeof label === 'string')) {
      return 'damaged';
    }
    return { labels, data: bytes.subarray(4 + headerLength) };
  } catch {
    return 'damaged';
  }
}

/** Writes atomically (temporary file, then rename) and drops the caches of `file`'s older builds. */
function writeCache(cacheFile: string, file: string, contents: CacheContents): void {
  const directory = dirname(cacheFile);
  const stem = cacheStem(file);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    for (const name of readdirSync(directory)) {
      if (name.startsWith(stem) && name !== basename(cacheFile)) rmSync(join(directory, name));
    }
    const header = Buffer.from(JSON.stringify(contents.labels));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const temporary = `${cacheFile}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, Buffer.concat([length, header, contents.data]), { mode: 0o600 });
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only or full disk only costs the next start its compile time.
  }
}

/** Where the cache file is, or undefined when there is no folder or the file cannot be seen. */
function locateCache(file: string, options: CodeCacheOptions): string | undefined {
  const { directory } = options;
  if (directory === undefined) return undefined;
  try {
    return cacheFileFor(file, { ...options, directory });
  } catch {
    return undefined;
  }
}

/**
 * Loads a CommonJS file the way `require` does, but compiles it with V8's code cache: the
 * bytecode of earlier runs is read back instead of being compiled again. Node >= 22.1 offers
 * this itself (`module.enableCompileCache`); this is for the Node versions that do not.
 * The cache folder must belong to the user (V8 trusts the bytecode it reads back).
 */
export function requireWithCodeCache<T>(file: string, options: CodeCacheOptions): CachedModule<T> {
  const cacheFile = locateCache(file, options);
  const cached = cacheFile === undefined ? 'absent' : readCache(cacheFile);
  const script = new vm.Script(wrapCommonJs(readFileSync(file, 'utf8')), {
    filename: file,
    ...(typeof cached === 'object' ? { cachedData: cached.data } : {}),
    // The bundle keeps no import() of its own; this makes any that remains work as in a module.
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER === undefined
      ? {}
      : { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }),
  });
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const state: CodeCacheState =
    cacheFile === undefined
      ? 'off'
      : cached === 'absent'
        ? 'miss'
        : cached === 'damaged' || script.cachedDataRejected === true
          ? 'rejected'
          : 'hit';
  const known = state === 'hit' && typeof cached === 'object' ? cached.labels : [];
  return {
    exports: module.exports,
    state,
    save: (label) => {
      if (cacheFile === undefined || known.includes(label) || known.length >= MAX_LABELS) return;
      writeCache(cacheFile, file, { labels: [...known, label], data: script.createCachedData() });
    },
  };
}
