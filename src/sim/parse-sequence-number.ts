import { InputError } from '../core/errors.js';

const DECIMAL = /^(0|[1-9][0-9]{0,9})$/;
const LARGEST = 2 ** 32 - 1;

/**
 * Parses a TCP sequence number (an ISN): decimal 0 to 4294967295 without leading zeros, signs,
 * spaces or other bases. `option` names the flag in the message.
 * @example parseSequenceNumber('1000', '--isn-client') // 1000
 */
export function parseSequenceNumber(text: string, option: string): number {
  const refuse = (why: string): InputError =>
    new InputError('bad-sequence-number', { option, value: text, why });
  if (!DECIMAL.test(text)) {
    if (/^0[0-9]/.test(text))
      throw refuse('a leading zero is ambiguous (octal?); write the number without it');
    throw refuse('a sequence number is a whole decimal number from 0 to 4294967295');
  }
  const value = Number(text);
  if (value > LARGEST) throw refuse(`sequence numbers are 32 bits, so the largest is ${LARGEST}`);
  return value;
}
