import { type Reason, reason } from '../core/reason.js';
import { inetAton } from './_inet-aton.js';
import { accept, type Reading, reject } from './_result.js';
import { formatAddress } from './format-address.js';
import { explainFullWidth } from './full-width.js';
import { quote } from './quote-input.js';

/** A canonical octet: 0, or 1-3 decimal digits without a leading zero. */
const OCTET = /^(0|[1-9][0-9]{0,2})$/;

function isOctet(part: string): boolean {
  return OCTET.test(part) && BigInt(part) <= 255n;
}

/** The dotted form inet_aton(3) would turn `text` into, or null when it refuses the text too. */
function atonDotted(text: string): string | null {
  const value = inetAton(text);
  return value === null ? null : formatAddress({ version: 4, value });
}

/** Why inet_aton refuses a leading-zero octet: not octal digits, or an octal value over 255. */
function octalReading(part: string): Reason {
  if (!/^0[0-7]+$/.test(part)) return reason('octal-bad-digit', { octet: part });
  return reason('octal-over-255', { octet: part, value: String(BigInt(`0o${part.slice(1)}`)) });
}

function explainLeadingZero(part: string, parts: readonly string[], text: string): Reason {
  const stripped = parts.map((each) => each.replace(/^0+(?=[0-9])/, ''));
  const decimal = stripped.every(isOctet) ? stripped.join('.') : null;
  const octal = atonDotted(text);
  const octet = quote(part);
  if (octal === null) {
    const refused = octalReading(part);
    return decimal === null
      ? reason('octet-leading-zero-refused', { octet, octal: refused })
      : reason('octet-leading-zero-refused-others', { octet, octal: refused, decimal });
  }
  if (octal === decimal) return reason('octet-leading-zero-same', { octet, address: octal });
  return decimal === null
    ? reason('octet-leading-zero-octal', { octet, address: octal })
    : reason('octet-leading-zero-octal-others', { octet, address: octal, decimal });
}

function explainPart(part: string, index: number, parts: readonly string[], text: string): Reason {
  if (part === '') return reason('octet-empty', { index: index + 1 });
  const octet = quote(part);
  if (/^0[xX]/.test(part)) {
    const reading = atonDotted(text);
    if (reading !== null) return reason('octet-hexadecimal-aton', { octet, address: reading });
    const over = /^0[xX][0-9a-fA-F]+$/.test(part) && BigInt(part) > 255n;
    return over
      ? reason('octet-hexadecimal-over', { octet, value: String(BigInt(part)) })
      : reason('octet-hexadecimal', { octet });
  }
  if (/^0[0-9]+$/.test(part)) return explainLeadingZero(part, parts, text);
  if (!/^[0-9]+$/.test(part)) return reason('octet-not-decimal', { octet });
  return reason('octet-over-255', { octet });
}

/** The form inet_aton reads a bare number in: 0x hexadecimal, 0 octal, else an integer. */
function numberForm(text: string): Reason {
  if (/^0[xX]/.test(text)) return reason('number-form-hexadecimal');
  return /^0[0-9]/.test(text) ? reason('number-form-octal') : reason('number-form-integer');
}

function explainPartCount(text: string, parts: readonly string[]): Reason {
  const reading = atonDotted(text);
  if (parts.length === 1 && reading !== null) {
    return reason('bare-number-aton', { form: numberForm(text), address: reading });
  }
  if (parts.length === 1 && /^[0-9]+$/.test(text)) return reason('bare-number-too-big');
  return reading === null
    ? reason('ipv4-octet-count', { count: parts.length })
    : reason('ipv4-octet-count-aton', { count: parts.length, address: reading });
}

/** A host name rather than an address: some dot-separated label starts with a letter. */
function looksLikeName(text: string, parts: readonly string[]): boolean {
  return /^[A-Za-z0-9.-]+$/.test(text) && parts.some((part) => /^[A-Za-z]/.test(part));
}

/** Why `text` is not canonical dotted-decimal IPv4, in words that teach. */
function explainIpv4(text: string, parts: readonly string[]): Reason {
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) return fullWidth;
  if (looksLikeName(text, parts)) return reason('host-name');
  const stray = /[^0-9A-Za-z.]/.exec(text);
  if (stray) return reason('ipv4-stray-character', { char: quote(stray[0]) });
  const empty = parts.indexOf('');
  if (empty !== -1) return explainPart('', empty, parts, text);
  if (parts.length !== 4) return explainPartCount(text, parts);
  const index = parts.findIndex((part) => !isOctet(part));
  return explainPart(parts[index] ?? '', index, parts, text);
}

/**
 * Reads strict dotted-decimal IPv4: exactly four decimal octets 0-255 without leading zeros.
 * Every other form is refused with the reason, including what inet_aton would have made of it.
 */
export function readIpv4(text: string): Reading<bigint> {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every(isOctet)) return reject(explainIpv4(text, parts));
  let value = 0n;
  for (const part of parts) value = (value << 8n) | BigInt(part);
  return accept(value);
}
