import { InputError } from '../core/errors.js';
import { type Reason, reason } from '../core/reason.js';
import { explainFullWidth } from './full-width.js';
import { quote } from './quote-input.js';

/** A TCP or UDP port number, 0 to 65535. Only `parsePort` makes one from text. */
export type Port = number & { readonly __brand: 'Port' };

/** The largest port: ports are 16-bit unsigned numbers. */
export const MAX_PORT = 65_535;

const CANONICAL = /^(0|[1-9]\d{0,4})$/;

function refuse(text: string, why: Reason): InputError {
  return new InputError('bad-port', { value: quote(text), why });
}

/** Explains why a text is not a canonical decimal port; called only once it failed the grammar. */
function explain(text: string): Reason {
  if (text === '') return reason('port-empty');
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) return fullWidth;
  if (text.trim() !== text) return reason('port-spaces');
  if (/^-\d+$/.test(text)) return reason('port-negative');
  if (/^\+\d+$/.test(text)) return reason('port-sign');
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) {
    return reason('port-hexadecimal', { decimal: Number.parseInt(text.slice(2), 16) });
  }
  if (/^0[oObB]\d+$/.test(text)) return reason('port-octal-binary-prefix');
  if (/^\d+(\.\d+)?[eE][+-]?\d+$/.test(text)) {
    // Number() only explains here: the text has already been refused.
    const value = Number(text);
    return Number.isSafeInteger(value)
      ? reason('port-exponent', { digits: value })
      : reason('port-exponent-huge');
  }
  if (/^\d*\.\d+$|^\d+\.$/.test(text)) return reason('port-fraction');
  const digits = text.replace(/^0+(?=\d)/, '');
  if (/^0\d+$/.test(text) && digits.length <= 5) {
    return reason('port-leading-zero', { digits });
  }
  if (/^\d+$/.test(text)) return reason('port-over-max', { max: MAX_PORT });
  const bad = [...text].find((char) => !/[0-9]/.test(char)) ?? '';
  return reason('port-not-digit', { char: quote(bad) });
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
