import { InputError } from '../core/errors.js';
import { explainFullWidth } from './full-width.js';
import { quote } from './quote-input.js';

/** A TCP or UDP port number, 0 to 65535. Only `parsePort` makes one from text. */
export type Port = number & { readonly __brand: 'Port' };

/** The largest port: ports are 16-bit unsigned numbers. */
export const MAX_PORT = 65_535;

const CANONICAL = /^(0|[1-9]\d{0,4})$/;

function refuse(text: string, why: string): InputError {
  return new InputError('bad-port', { value: quote(text), why });
}

/** Explains why a text is not a canonical decimal port; called only once it failed the grammar. */
function explain(text: string): string {
  if (text === '') return 'it is empty; a port is a whole number from 0 to 65535';
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) return fullWidth;
  if (text.trim() !== text) return 'it has spaces around it; write the number alone';
  if (/^-\d+$/.test(text)) return 'a port cannot be negative; ports run from 0 to 65535';
  if (/^\+\d+$/.test(text)) return 'a sign is not part of a port; write the digits alone';
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) {
    return `hexadecimal is not accepted; write it in decimal (${Number.parseInt(text.slice(2), 16)})`;
  }
  if (/^0[oObB]\d+$/.test(text)) return 'octal and binary prefixes are not accepted; write decimal';
  if (/^\d+(\.\d+)?[eE][+-]?\d+$/.test(text)) {
    // Number() only explains here: the text has already been refused.
    const value = Number(text);
    const digits = Number.isSafeInteger(value) ? ` (${value})` : '';
    return `exponent notation is not accepted; write every digit${digits}`;
  }
  if (/^\d*\.\d+$|^\d+\.$/.test(text)) return 'a port is a whole number; it has no fraction';
  const digits = text.replace(/^0+(?=\d)/, '');
  if (/^0\d+$/.test(text) && digits.length <= 5) {
    return `leading zero: some tools read it as octal; write ${digits}`;
  }
  if (/^\d+$/.test(text)) return `it is over ${MAX_PORT}, the largest 16-bit number`;
  const bad = [...text].find((char) => !/[0-9]/.test(char)) ?? '';
  return `${quote(bad)} is not a decimal digit; write a port with the digits 0-9 only`;
}

/**
 * Parses a port strictly: decimal digits only, no sign, no leading zero (except `0` itself),
 * no spaces, 0 to 65535. Every refusal says why.
 * @example parsePort('443') // 443
 */
export function parsePort(text: string): Port {
  if (CANONICAL.test(text)) {
    const value = Number(text);
    if (value <= MAX_PORT) return value as Port;
  }
  throw refuse(text, explain(text));
}
