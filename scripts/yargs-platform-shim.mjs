// yargs' platform shim for the netlab bundle. scripts/build.mjs puts this file in place of
// yargs/lib/platform-shims/esm.mjs, which loads everything up front: cliui, wrap-ansi and three
// copies of string-width (each builds an Intl.Segmenter and Unicode-property regexps when it
// loads, about 20 ms together), y18n, escalade and node:assert. Here each of them is loaded by the
// first call that needs it, so parsing a command line costs only yargs-parser; help text still
// gets the real cliui and string-width.
//
// The shape is yargs' PlatformShim (yargs/build/lib/typings/common-types.d.ts). The `require()`
// calls below are resolved by esbuild at bundle time into lazily initialised modules.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { format, inspect } from 'node:util';
import Parser from 'yargs-parser';

/** Wraps a loader so it runs once, on first use. */
function once(load) {
  let value;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value;
  };
}

const loadCliui = once(() => require('cliui').default);
const loadStringWidth = once(() => require('string-width').default);
// escalade/sync's CommonJS build exports the function itself, with no .default.
const loadFindUp = once(() => require('escalade/sync'));
const loadAssert = once(() => require('node:assert'));
const loadCallerFile = once(() => require('get-caller-file'));

/**
 * yargs' own string tables, the ones netlab speaks: each is bundled (yargs' package exports do not
 * name its locales/ folder, hence the path) and read only when yargs' locale is set to it.
 */
const LOCALES = {
  en: once(() => require('../node_modules/yargs/locales/en.json')),
  zh_CN: once(() => require('../node_modules/yargs/locales/zh_CN.json')),
};

/**
 * y18n over LOCALES: a lookup is the current locale's string (the key itself when the table lacks
 * it), unless `updateLocale` replaced it (netlab replaces the failure messages with records, see
 * src/cli/usage-failure.ts), formatted the way y18n formats it (util.format, the `one` form when
 * the count is 1). A locale netlab does not ship is English.
 */
let locale = 'en';
const replaced = new Map();
const lookup = (key) => replaced.get(key) ?? LOCALES[locale]()[key];
const y18n = {
  __: (text, ...args) => format(lookup(text) ?? text, ...args),
  __n: (singular, plural, count, ...args) => {
    const entry = lookup(singular);
    const forms =
      typeof entry === 'object' ? entry : { one: entry ?? singular, other: entry ?? plural };
    const text = count === 1 ? forms.one : forms.other;
    return text.includes('%d') ? format(text, count, ...args) : format(text, ...args);
  },
  getLocale: () => locale,
  setLocale: (name) => {
    locale = Object.hasOwn(LOCALES, name) ? name : 'en';
  },
  updateLocale: (strings) => {
    for (const [key, value] of Object.entries(strings)) replaced.set(key, value);
  },
};

const bundlePath = fileURLToPath(import.meta.url);

export default {
  assert: {
    // node:assert is loaded only to throw its own error when a check fails.
    notStrictEqual: (actual, expected, message) => {
      if (Object.is(actual, expected)) loadAssert().notStrictEqual(actual, expected, message);
    },
    strictEqual: (actual, expected, message) => {
      if (!Object.is(actual, expected)) loadAssert().strictEqual(actual, expected, message);
    },
  },
  cliui: (options) => loadCliui()(options),
  findUp: (directory, test) => loadFindUp()(directory, test),
  getEnv: (key) => process.env[key],
  inspect,
  getProcessArgvBin: () => process.argv[1],
  mainFilename: dirname(bundlePath),
  Parser,
  path: { basename, dirname, extname, relative, resolve, join },
  process: {
    argv: () => process.argv,
    cwd: process.cwd,
    emitWarning: (warning, type) => process.emitWarning(warning, type),
    execPath: () => process.execPath,
    // yargs calls this only with exitProcess(true); netlab turns that off and sets exitCode itself.
    exit: (code) => process.exit(code),
    nextTick: process.nextTick,
    get stdColumns() {
      return typeof process.stdout.columns === 'number' ? process.stdout.columns : null;
    },
  },
  readFileSync,
  readdirSync,
  require: (id) => require(id),
  getCallerFile: () => {
    const callerFile = loadCallerFile()(3);
    return callerFile.startsWith('file://') ? fileURLToPath(callerFile) : callerFile;
  },
  stringWidth: (text) => loadStringWidth()(text),
  y18n,
};
