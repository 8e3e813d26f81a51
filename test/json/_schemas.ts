import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/** The schemas/ folder at the repository's root, which the package ships. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** The shared definitions: a file of pieces, not the schema of a record. */
const DEFS = 'defs';

/** Every schema file's name without `.schema.json`, the shared definitions included. */
export const SCHEMA_FILES: readonly string[] = readdirSync(SCHEMA_DIR)
  .filter((file) => file.endsWith('.schema.json'))
  .map((file) => file.slice(0, -'.schema.json'.length))
  .sort();

/** The record types: every schema but the shared definitions. */
export const RECORD_TYPES: readonly string[] = SCHEMA_FILES.filter((name) => name !== DEFS);

/** One schema file as parsed JSON. */
export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${SCHEMA_DIR}${name}.schema.json`, 'utf8')) as Record<
    string,
    unknown
  >;
}

/**
 * An Ajv for draft 2020-12 in strict mode (unknown keywords and ambiguous types are errors),
 * with every schema file added under its `$id`, so that the relative `$ref`s between files
 * resolve as they would next to each other on disk. `strictRequired` is off: it refuses a
 * `required` inside `anyOf` or `else` that names a property defined one level up, which is how
 * "host and port, or peer" and "why unless right" are written.
 */
export function schemaAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  for (const name of SCHEMA_FILES) ajv.addSchema(readSchema(name));
  return ajv;
}

const ajv = schemaAjv();
const validators = new Map<string, ValidateFunction>();

/** The compiled validator of one record type. */
export function validatorOf(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (validate === undefined) {
    validate = ajv.getSchema(`${name}.schema.json`);
    if (validate === undefined) throw new Error(`no schema ${name}.schema.json in ${SCHEMA_DIR}`);
    validators.set(name, validate);
  }
  return validate;
}

/** What checking a run's stdout found: the record types its lines matched, and the lines no schema allowed. */
export interface LineCheck {
  readonly matched: ReadonlySet<string>;
  readonly failures: readonly string[];
}

/**
 * Splits stdout into NDJSON lines and checks each against the record types `allowed`: a line
 * must be one JSON object that exactly one of them accepts. A failure names the line and what
 * each schema said of it.
 */
export function checkLines(stdout: string, allowed: readonly string[]): LineCheck {
  const matched = new Set<string>();
  const failures: string[] = [];
  const lines = stdout.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else failures.push('stdout does not end with a newline');
  for (const [index, line] of lines.entries()) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      failures.push(`line ${index + 1} is not JSON: ${line.slice(0, 200)}`);
      continue;
    }
    const accepting = allowed.filter((name) => validatorOf(name)(value));
    if (accepting.length === 1) {
      matched.add(accepting[0] ?? '');
      continue;
    }
    const why =
      accepting.length > 1
        ? `more than one schema accepts it: ${accepting.join(', ')}`
        : allowed
            .map((name) => `${name}: ${ajv.errorsText(validatorOf(name).errors)}`)
            .join('; ')
            .slice(0, 2000);
    failures.push(`line ${index + 1} ${line.slice(0, 300)}\n  ${why}`);
  }
  return { matched, failures };
}
