import { InputError } from '../core/errors.js';

/** Longest seed taken: a student id or a short word. */
const MAX_SEED = 64;

/**
 * Checks a `--seed`: 1 to 64 visible characters (letters, digits, punctuation, any script), no
 * spaces or control characters, so that a seed written on a sheet can be typed back exactly.
 * @example parseSeed('s1234') // 's1234'
 */
export function parseSeed(text: string): string {
  const value = JSON.stringify(text);
  if (text === '') throw new InputError('seed-empty', { value });
  if ([...text].length > MAX_SEED) throw new InputError('seed-too-long', { value, max: MAX_SEED });
  if (/[\p{White_Space}\p{Cc}]/u.test(text)) throw new InputError('seed-has-space', { value });
  return text;
}
