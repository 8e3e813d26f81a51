import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Values a message template may name in `{braces}`. */
export type MessageParams = Readonly<Record<string, string | number | bigint>>;

/** One area's messages in one language, with English behind every missing key. */
export interface MessageCatalogue {
  readonly lang: string;
  /** The template under `key` with its `{name}` placeholders filled in. */
  text(key: string, params?: MessageParams): string;
  /** The plural form of `key` that `count` takes in this language (`key.one`, `key.other`, ...). */
  plural(key: string, count: number, params?: MessageParams): string;
}

/** Where the message files are found, and the language to fall back to. */
export interface CatalogueOptions {
  /** The `content/` folder; by default found above this module (the sources or the bundle). */
  readonly root?: string;
}

const FALLBACK = 'en';
/** How many folders up from this module `content/` may be: src/text/ in the sources, dist/ in the bundle. */
const MAX_DEPTH = 4;

/** The package's `content/` folder, looked for above this file (import.meta.url is the bundle's own URL in dist/). */
function findContentRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    const candidate = join(folder, 'content');
    if (existsSync(join(candidate, 'messages'))) return candidate;
    folder = dirname(folder);
  }
  throw new Error(`netlab's content/ folder is missing above ${fileURLToPath(import.meta.url)}`);
}

const loaded = new Map<string, Readonly<Record<string, string>>>();

function readArea(root: string, lang: string, area: string): Readonly<Record<string, string>> {
  const file = join(root, 'messages', lang, `${area}.json`);
  const cached = loaded.get(file);
  if (cached !== undefined) return cached;
  const messages = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
    : {};
  loaded.set(file, messages);
  return messages;
}

/** Fills `{name}` placeholders; a placeholder without a value is left as written, to be seen. */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replaceAll(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Loads one area's messages (`content/messages/LANG/AREA.json`, flat keys to templates) on first
 * use. A key missing in the language is taken from English; a key missing in both is an error.
 * @example loadCatalogue('practice', 'zh').plural('summary.questions', 3, { count: 3 })
 */
export function loadCatalogue(
  area: string,
  lang: string,
  options: CatalogueOptions = {},
): MessageCatalogue {
  let root = options.root;
  const lookup = (key: string): string | undefined => {
    root ??= findContentRoot();
    return readArea(root, lang, area)[key] ?? readArea(root, FALLBACK, area)[key];
  };
  const text = (key: string, params?: MessageParams): string => {
    const template = lookup(key);
    if (template === undefined) throw new Error(`no message "${key}" in ${area} (${lang})`);
    return fillTemplate(template, params);
  };
  let rules: Intl.PluralRules | undefined;
  return {
    lang,
    text,
    plural: (key, count, params = {}) => {
      rules ??= new Intl.PluralRules(lang);
      const form = `${key}.${rules.select(count)}`;
      return text(lookup(form) === undefined ? `${key}.other` : form, { count, ...params });
    },
  };
}
