import { readdirSync, readFileSync } from 'node:fs';

/** The repository's root folder. */
export const ROOT = new URL('../../', import.meta.url);

/** One page of the manual: README.md or a page in docs/. */
export interface DocPage {
  /** The path from the repository's root, such as `docs/calculators.md`. */
  readonly path: string;
  readonly text: string;
}

function page(path: string): DocPage {
  return { path, text: readFileSync(new URL(path, ROOT), 'utf8') };
}

/** README.md, then every docs/*.md page in name order. */
export function docPages(): DocPage[] {
  const docs = readdirSync(new URL('docs/', ROOT))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => page(`docs/${name}`));
  return [page('README.md'), ...docs];
}
