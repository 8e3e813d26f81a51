import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolders, readContentJson } from '../core/content-file.js';
import { REASON_CATALOGUE } from '../core/reason.js';

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(template: string): string {
  return [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1])
    .sort()
    .join(',');
}

/** The distinct placeholder names of a template, sorted and joined: "a,b" for "{b} {a} {b}". */
function placeholderNames(template: string): string {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))]
    .sort()
    .join(',');
}

function load(path: string): Readonly<Record<string, string>> | string {
  try {
    return readContentJson(path) as Record<string, string>;
  } catch (error) {
    return `${path}: ${(error as Error).message}`;
  }
}

/** The English key a plural form belongs to: "length.one" and "length.other" are "length". */
function baseKey(key: string): string {
  return key.replace(/\.(zero|one|two|few|many|other)$/, '');
}

/**
 * Every problem with the messages of `area` in `lang` against English: a missing file or key, a
 * key English does not have, or a message whose placeholders differ from the English one (a
 * plural form is compared with the English forms of its key).
 */
export function messageProblems(lang: string, area: string): string[] {
  const path = `messages/${lang}/${area}.json`;
  const english = load(`messages/en/${area}.json`);
  const own = load(path);
  if (typeof english === 'string') return [english];
  if (typeof own === 'string') return [own];
  const problems: string[] = [];
  const englishBases = new Map(
    Object.entries(english).map(([key, template]) => [baseKey(key), placeholders(template)]),
  );
  const ownBases = new Set(Object.keys(own).map(baseKey));
  for (const base of englishBases.keys()) {
    if (!ownBases.has(base)) problems.push(`${path}: "${base}" is missing`);
  }
  for (const [key, template] of Object.entries(own)) {
    const wanted = englishBases.get(baseKey(key));
    if (wanted === undefined) problems.push(`${path}: "${key}" is not an English key`);
    else if (placeholders(template) !== wanted) {
      problems.push(
        `${path}: "${key}" has placeholders {${placeholders(template)}}, English {${wanted}}`,
      );
    }
  }
  return problems;
}

/**
 * Every message area English has (content/messages/en/AREA.json, in any content folder), such as
 * "demos", "errors", "help", "lessons" and "practice": the areas every other language must have
 * too.
 */
export function messageAreas(): string[] {
  const areas = contentFolders().flatMap((folder) => {
    try {
      return readdirSync(join(folder, 'messages', 'en'));
    } catch {
      return [];
    }
  });
  return [
    ...new Set(areas.filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -5))),
  ].sort();
}

/**
 * Every problem with the reasons messages of `lang` against the reason catalogue: a reason
 * without words, words for a key the catalogue lacks, or a template (each plural form of one)
 * whose placeholders are not the params its key declares.
 */
export function reasonProblems(lang: string): string[] {
  const path = `messages/${lang}/reasons.json`;
  const own = load(path);
  if (typeof own === 'string') return [own];
  const declared = new Map<string, string>(
    Object.entries(REASON_CATALOGUE).map(([key, params]) => [key, [...params].sort().join(',')]),
  );
  const problems: string[] = [];
  const bases = new Set(Object.keys(own).map(baseKey));
  for (const key of declared.keys()) {
    if (!bases.has(key)) problems.push(`${path}: reason "${key}" has no words`);
  }
  for (const [key, template] of Object.entries(own)) {
    const wanted = declared.get(baseKey(key));
    if (wanted === undefined) problems.push(`${path}: "${key}" is not a reason of the catalogue`);
    else if (placeholderNames(template) !== wanted) {
      problems.push(
        `${path}: "${key}" has placeholders {${placeholderNames(template)}}, the catalogue {${wanted}}`,
      );
    }
  }
  return problems;
}
