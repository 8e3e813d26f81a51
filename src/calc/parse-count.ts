import { InputError } from '../core/errors.js';
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
      ? (explainFullWidth(text) ?? 'write a whole number from 1 up, in decimal digits')
      : `it is over ${options.max}, the most it can be`;
  throw new InputError('bad-count', { option: options.option, value: quote(text), why });
}
