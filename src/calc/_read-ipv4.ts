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
function octalReading(part: string): string {
  if (!/^0[0-7]+$/.test(part))
    return `${part} is not an octal number: 8 and 9 are not octal digits`;
  return `${part} is octal ${BigInt(`0o${part.slice(1)}`)}, over 255`;
}

function explainLeadingZero(part: string, parts: readonly string[], text: string): string {
  const stripped = parts.map((each) => each.replace(/^0+(?=[0-9])/, ''));
  const decimal = stripped.every(isOctet) ? stripped.join('.') : null;
  const octal = atonDotted(text);
  const fix = 'write octets without leading zeros';
  if (octal === null) {
    const others = decimal === null ? '' : `, other tools read ${decimal}`;
    return `octet ${quote(part)} has a leading zero: inet_aton refuses it (${octalReading(part)})${others}; ${fix}`;
  }
  if (octal === decimal) {
    return `octet ${quote(part)} has a leading zero, which inet_aton reads as octal (here both readings give ${octal}, but 010 would be 8); ${fix}`;
  }
  const others = decimal === null ? '' : `, while most other tools read ${decimal}`;
  return `octet ${quote(part)} has a leading zero: inet_aton reads it as octal, making the address ${octal}${others}; ${fix}`;
}

function explainPart(part: string, index: number, parts: readonly string[], text: string): string {
  if (part === '') return `octet ${index + 1} is empty (two dots in a row, or a dot at either end)`;
  if (/^0[xX]/.test(part)) {
    const reading = atonDotted(text);
    const over = /^0[xX][0-9a-fA-F]+$/.test(part) && BigInt(part) > 255n;
    return reading === null
      ? `octet ${quote(part)} is hexadecimal${over ? ` (${BigInt(part)}, over 255)` : ''}; write decimal octets`
      : `octet ${quote(part)} is hexadecimal: inet_aton reads the address as ${reading}, most tools refuse it; write decimal octets (${reading})`;
  }
  if (/^0[0-9]+$/.test(part)) return explainLeadingZero(part, parts, text);
  if (!/^[0-9]+$/.test(part)) return `octet ${quote(part)} is not a decimal number`;
  return `octet ${quote(part)} is over 255: an octet is 8 bits, so 0 to 255`;
}

function explainPartCount(text: string, parts: readonly string[]): string {
  const reading = atonDotted(text);
  if (parts.length === 1 && reading !== null) {
    const form = /^0[xX]/.test(text) ? 'hexadecimal' : /^0[0-9]/.test(text) ? 'octal' : 'integer';
    return `a bare number is the 32-bit ${form} form of an address: inet_aton reads it as ${reading}, most tools refuse it; write four dotted octets (${reading})`;
  }
  if (parts.length === 1 && /^[0-9]+$/.test(text)) {
    return `a bare number is the integer form of an address, and it does not fit in 32 bits; write four dotted octets`;
  }
  const count = `an IPv4 address has four dotted octets, this has ${parts.length}`;
  return reading === null
    ? count
    : `${count}: inet_aton expands the shorthand to ${reading}, most tools refuse it; write all four (${reading})`;
}

/** A host name rather than an address: some dot-separated label starts with a letter. */
function looksLikeName(text: string, parts: readonly string[]): boolean {
  return /^[A-Za-z0-9.-]+$/.test(text) && parts.some((part) => /^[A-Za-z]/.test(part));
}

/** Why `text` is not canonical dotted-decimal IPv4, in words that teach. */
function explainIpv4(text: string, parts: readonly string[]): string {
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) return fullWidth;
  if (looksLikeName(text, parts)) {
    return 'it looks like a host name; netlab takes addresses and never looks names up';
  }
  const stray = /[^0-9A-Za-z.]/.exec(text);
  if (stray) {
    return `character ${quote(stray[0])} has no place in a dotted-decimal IPv4 address`;
  }
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
