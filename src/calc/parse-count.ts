import { InputError } from '../core/errors.js';
import { reason } from '../core/reason.js';
import { explainFullWidth } from './full-width.js';
import { quote } from './quote-input.js';

/** A whole number written in decimal without a sign or leading zero: 1, 2, 3 ... */
const COUNT = /^[1-9][0-9]*$/;

/**
 * Parses a count given to an option (`--count 4`, `--limit 100`) strictly: decimal digits, 1 or
 * more, no sign, no leading zero; `max` bounds it.
 * @example parseCount('4', { option: '--count', max: 1n << 128n }) // 4n
 */
export function parseCount(text: string, options: { option: string; max: bigint }): bigint {
  const value = COUNT.test(text) ? BigInt(text) : null;
  if (value !== null && value <= options.max) return value;
  const why =
    value === null
      ? (explainFullWidth(text) ?? reason('count-not-number'))
      : reason('count-over-max', { max: String(options.max) });
  throw new InputError('bad-count', { option: options.option, value: quote(text), why });
}
