import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../core/errors.js';
import { checkTopology } from './parse-topology.js';
import type { Topology } from './topology.js';

/** The topologies shipped with netlab, in topologies/NAME.yaml. */
export const BUILT_IN_TOPOLOGIES = ['lan', 'two-lans'] as const;

/** The shipped topologies folder, found from this module (src/lab/ in tests, dist/ when bundled). */
function topologiesFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up += 1) {
    const candidate = join(folder, 'topologies');
    if (existsSync(join(candidate, 'lan.yaml'))) return candidate;
    folder = dirname(folder);
  }
  throw new Error('the topologies folder is missing from this netlab install');
}

/**
 * Reads a topology: a built-in name (`lan`, `two-lans`) or the path of a YAML (or JSON) file,
 * relative to `cwd`. Throws InputError (exit 2) for a missing file, bad YAML or a bad topology.
 */
export async function loadTopology(nameOrPath: string, cwd: string): Promise<Topology> {
  const builtIn = (BUILT_IN_TOPOLOGIES as readonly string[]).includes(nameOrPath);
  const path = builtIn ? join(topologiesFolder(), `${nameOrPath}.yaml`) : resolve(cwd, nameOrPath);
  const source = `"${nameOrPath}"`;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new InputError(
          'topology-missing',
          { source, builtins: BUILT_IN_TOPOLOGIES.join(', ') },
          { cause: error },
        )
      : new InputError(
          'topology-unreadable',
          { source, errno: code ?? String(error) },
          { cause: error },
        );
  }
  // Loaded here, not at the top: lab down and lab status read no topology.
  const { parseDocument } = await import('yaml');
  const document = parseDocument(text, { uniqueKeys: true });
  const problem = document.errors[0];
  if (problem !== undefined) {
    const line = problem.linePos?.[0].line;
    // The YAML parser's own words, as a compiler's are quoted: it has no other language.
    const said = problem.message.split('\n')[0] ?? '';
    throw line === undefined
      ? new InputError('topology-bad-yaml-unplaced', { source, problem: said })
      : new InputError('topology-bad-yaml', { source, line, problem: said });
  }
  return checkTopology(document.toJS(), source);
}
