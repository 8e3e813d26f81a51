import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CONTENT_DIR_VARIABLE } from '../../src/core/content-file.js';

/**
 * Writes `files` (paths under a content folder, such as "lessons/en/x.md") into a fresh temporary
 * folder and makes it the first content folder searched, as a translator would with
 * NETLAB_CONTENT_DIR. Returns the folder; `env` is what a spawned binary needs to see it too.
 */
export function useContentFolder(files: Readonly<Record<string, string>>): {
  folder: string;
  env: Record<string, string>;
} {
  const folder = mkdtempSync(join(tmpdir(), 'netlab-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  process.env[CONTENT_DIR_VARIABLE] = folder;
  return { folder, env: { [CONTENT_DIR_VARIABLE]: folder } };
}

/** Runs `check` with `files` as the first content folder, then puts the previous setting back. */
export function withContentFolder<T>(files: Readonly<Record<string, string>>, check: () => T): T {
  const saved = process.env[CONTENT_DIR_VARIABLE];
  useContentFolder(files);
  try {
    return check();
  } finally {
    if (saved === undefined) delete process.env[CONTENT_DIR_VARIABLE];
    else process.env[CONTENT_DIR_VARIABLE] = saved;
  }
}
