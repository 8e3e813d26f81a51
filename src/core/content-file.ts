import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads a JSON file under netlab's `content/` folder, such as `messages/en/errors.json`. The
 * folder sits beside `dist/` in the package and beside `src/` in the repository, so it is looked
 * for from the running file's folder upwards (dist/ for the bundles, src/core/ for the tests).
 */
export function readContentJson(relativePath: string): unknown {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, 'content', relativePath);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8'));
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`netlab's content/${relativePath} is missing`);
    folder = parent;
  }
}
