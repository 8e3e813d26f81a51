import { InputError } from '../core/errors.js';

/** Longest seed taken: a student id or a short word. */
const MAX_SEED = 64;

/**
 * Checks a `--seed`: 1 to 64 visible characters (letters, digits, punctuation, any script), no
 * spaces or control characters, so that a seed written on a sheet can be typed back exactly.
 * @example parseSeed('s1234') // 's1234'
 */
export function parseSeed(text: string): string {
  const why =
    text === ''
      ? 'it is empty'
      : [...text].length > MAX_SEED
        ? `it is longer than ${MAX_SEED} characters`
        : /[\p{White_Space}\p{Cc}]/u.test(text)
          ? 'it has a space or control character'
          : undefined;
  if (why === undefined) return text;
  throw new InputError('bad-seed', {
    message: `cannot use seed ${JSON.stringify(text)}: ${why}; give a student id or a word such as s1234`,
  });
}
