import { InputError } from '../core/errors.js';
import { parseHost, parsePort } from '../net/parse-endpoint.js';
import { DEFAULT_PORTS, DEMO_NAMES, type DemoOptions, type DemoRole } from './demo-options.js';

/** The arguments of `netlab demo` as yargs hands them over. */
export interface DemoArgs {
  readonly name?: string | undefined;
  readonly role?: string | undefined;
  readonly host?: string | undefined;
  readonly port?: string | undefined;
  readonly broken?: boolean | undefined;
}

/** Turns `netlab demo` arguments into DemoOptions, refusing what cannot work with InputError. */
export function parseDemoOptions(args: DemoArgs): DemoOptions {
  if (args.name === undefined) {
    throw new InputError('demo-needs-name', { choices: DEMO_NAMES.join(', ') });
  }
  const name = oneOf('demo', args.name, DEMO_NAMES);
  const role: DemoRole = args.role === undefined ? 'both' : oneOf('--role', args.role, ROLES);
  const broken = args.broken ?? false;
  if (broken && name !== 'transfer') {
    throw new InputError('broken-needs-transfer', { name });
  }
  const port =
    args.port === undefined
      ? role === 'both'
        ? 0
        : DEFAULT_PORTS[name]
      : parsePort(args.port, role);
  const host = args.host === undefined ? '127.0.0.1' : parseHost(args.host);
  return { name, role, host, port, broken };
}

const ROLES = ['server', 'client'] as const;

/**
 * Checks a value against its choices, in any case ("TCP" is tcp), naming them all when it is
 * not one.
 */
export function oneOf<T extends string>(what: string, value: string, choices: readonly T[]): T {
  const found = choices.find((choice) => choice === value.toLowerCase());
  if (found !== undefined) return found;
  throw new InputError('unknown-choice', { what, value, choices: choices.join(', ') });
}
