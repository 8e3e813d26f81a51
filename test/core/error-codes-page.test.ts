import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ERROR_CATALOGUE, exitStatus } from '../../src/core/error-catalogue.js';

const page = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

/** The rows of the table under "## Error codes" in docs/errors.md: code and exit status. */
function listedCodes(): [string, number][] {
  const start = page.indexOf('\n## Error codes\n');
  const end = page.indexOf('\n## ', start + 1);
  const section = page.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^\| `([a-z0-9-]+)` \| (\d) \|/gm)].map((row) => [
    row[1] ?? '',
    Number(row[2]),
  ]);
}

describe('docs/errors.md "Error codes"', () => {
  test('lists every code of the catalogue once, in its order, with its exit status', () => {
    const catalogue = Object.entries(ERROR_CATALOGUE).map(([code, spec]): [string, number] => [
      code,
      exitStatus(spec.kind),
    ]);
    expect(listedCodes()).toEqual(catalogue);
  });
});
