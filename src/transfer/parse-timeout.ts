import { InputError } from '../core/errors.js';

/** The longest idle timeout accepted: one day. */
const MAX_TIMEOUT_S = 86_400;

const SECONDS = /^(\d{1,5})(\.\d{1,3})?$/;

/**
 * Parses `--timeout` seconds (a decimal such as 30 or 0.5, above 0 and at most a day) into
 * milliseconds.
 *
 * @example
 * parseTimeout('0.5'); // 500
 */
export function parseTimeout(text: string): number {
  const match = SECONDS.exec(text);
  const ms = match ? Math.round(Number(text) * 1000) : Number.NaN;
  if (!match || ms <= 0 || ms > MAX_TIMEOUT_S * 1000) {
    throw new InputError('bad-timeout', { value: text, max: MAX_TIMEOUT_S });
  }
  return ms;
}
