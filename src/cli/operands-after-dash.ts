import { quote } from '../calc/quote-input.js';
import { InputError } from '../core/errors.js';

/** One positional slot of a yargs command string such as `same-subnet [a] [b]` or `port [ports..]`. */
interface Slot {
  readonly name: string;
  readonly variadic: boolean;
}

function slotsOf(command: string): Slot[] {
  return [...command.matchAll(/[<[]([\w-]+)(\.\.)?[>\]]/g)].map((match) => ({
    name: match[1] ?? '',
    variadic: match[2] !== undefined,
  }));
}

function isFilled(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/**
 * Gives the operands that followed `--` (yargs keeps them apart under `argv['--']`) to the
 * command's positionals, after those typed before `--`: the first empty slot takes the next
 * operand, a variadic slot takes every remaining one. `--` only ends the options, so
 * `netlab classify -- -1` classifies "-1" (and refuses it as an address) rather than reading an option.
 * @example placeOperands('port [ports..]', { ports: ['80'], '--': ['-1'] }) // { ports: ['80', '-1'] }
 */
export function placeOperands(
  command: string,
  argv: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const rest = argv['--'];
  const { '--': _dropped, ...copy } = argv;
  const placed: Record<string, unknown> = copy;
  if (!Array.isArray(rest) || rest.length === 0) return placed;
  const operands = rest.map(String);
  for (const slot of slotsOf(command)) {
    if (operands.length === 0) break;
    const current = placed[slot.name];
    if (slot.variadic) {
      placed[slot.name] = [...(Array.isArray(current) ? current : []), ...operands.splice(0)];
    } else if (!isFilled(current)) {
      placed[slot.name] = operands.shift();
    }
  }
  if (operands.length > 0) throw extraArguments(command.split(' ')[0] ?? '', operands);
  return placed;
}

/**
 * The usage error for operands a command has no place for, whether yargs found them or they
 * followed `--`: the same mistake gets the same code and words.
 */
export function extraArguments(command: string, extra: readonly string[]): InputError {
  const words = extra.map(quote);
  return words.length === 1
    ? new InputError('extra-argument', { value: words[0] ?? '', command })
    : new InputError('extra-arguments', { values: words.join(', '), command });
}
