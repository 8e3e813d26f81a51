import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ERROR_CATALOGUE, exitStatus } from '../../src/core/error-catalogue.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The rows of the README's "Error codes" table: code and exit status. */
function listedCodes(): [string, number][] {
  const start = readme.indexOf('### Error codes');
  const end = readme.indexOf('\n### ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^\| `([a-z-]+)` \| (\d) \|/gm)].map((row) => [
    row[1] ?? '',
    Number(row[2]),
  ]);
}

describe('README "Error codes"', () => {
  test('lists every code of the catalogue once, in its order, with its exit status', () => {
    const catalogue = Object.entries(ERROR_CATALOGUE).map(([code, spec]): [string, number] => [
      code,
      exitStatus(spec.kind),
    ]);
    expect(listedCodes()).toEqual(catalogue);
  });
});
