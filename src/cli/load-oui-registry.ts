import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { OuiRegistry } from '../calc/oui-vendor.js';

/** The file the build writes beside the bundle: prefix → organisation, nothing else. */
const BUILT = new URL('./oui.json', import.meta.url);

/** The organisation: the first line of an entry (oui-data adds the postal address below it). */
function organization(entry: string): string {
  return entry.split('\n', 1)[0]?.trim() ?? '';
}

async function readJson(path: URL | string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
}

/**
 * Loads the IEEE OUI registry (from the npm package oui-data) only when a command needs it, so
 * start-up never pays for it: the built CLI reads the compact `oui.json` the build put beside
 * it; run from sources, it reads oui-data's own file.
 */
export async function loadOuiRegistry(): Promise<OuiRegistry> {
  const entries = await readJson(BUILT).catch(() =>
    readJson(createRequire(import.meta.url).resolve('oui-data')),
  );
  // Looked up on demand: building a Map of 50,000 entries would cost more than the lookups.
  return {
    get: (prefix) =>
      Object.hasOwn(entries, prefix) ? organization(entries[prefix] ?? '') : undefined,
  };
}
