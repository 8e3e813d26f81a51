import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Names a folder searched before netlab's own content/ (a translator's work in progress). */
export const CONTENT_DIR_VARIABLE = 'NETLAB_CONTENT_DIR';

/**
 * netlab's own `content/` folder. It sits beside `dist/` in the package and beside `src/` in the
 * repository, so it is looked for from the running file's folder upwards.
 */
function builtInContent(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, 'content');
    if (existsSync(join(candidate, 'messages'))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) throw new Error("netlab's content/ folder is missing");
    folder = parent;
  }
}

/** The content folders in the order they are searched: $NETLAB_CONTENT_DIR, then netlab's own. */
export function contentFolders(): string[] {
  const extra = process.env[CONTENT_DIR_VARIABLE];
  return [...(extra === undefined || extra === '' ? [] : [extra]), builtInContent()];
}

/** The first file at `relativePath` in the content folders, or undefined when none has it. */
export function findContentFile(relativePath: string): string | undefined {
  for (const folder of contentFolders()) {
    const candidate = join(folder, relativePath);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The text of a content file such as `lessons/en/arp.md`, or undefined when it is missing. */
export function readContentText(relativePath: string): string | undefined {
  const file = findContentFile(relativePath);
  return file === undefined ? undefined : readFileSync(file, 'utf8');
}

/** Reads a JSON file under the content folders, such as `messages/en/errors.json`. */
export function readContentJson(relativePath: string): unknown {
  const text = readContentText(relativePath);
  if (text === undefined) throw new Error(`netlab's content/${relativePath} is missing`);
  return JSON.parse(text);
}
