import { Address6 } from 'ip-address';
import { InputError } from '../errors.js';
import type { IpAddress } from './address.js';

const IPV4_OCTET = /^(0|[1-9]\d{0,2})$/;

function refuse(text: string, why: string): InputError {
  return new InputError('bad-address', `cannot parse address "${text}": ${why}`);
}

/** Explains why a text that looks like an IPv4 address in some legacy notation is refused. */
function explainIpv4(text: string, parts: readonly string[]): string {
  if (parts.length !== 4) {
    return parts.length === 1 && /^\d+$/.test(text)
      ? 'a bare integer is a legacy IPv4 form some parsers accept; write four dotted octets'
      : `an IPv4 address has four dotted octets, got ${parts.length} (shorthand like "127.1" is expanded differently by different parsers)`;
  }
  for (const part of parts) {
    if (part === '') return 'an octet is empty';
    if (/^0[xX]/.test(part)) return `octet "${part}" is hexadecimal; write decimal octets`;
    if (/^0\d/.test(part)) {
      return `octet "${part}" has a leading zero: inet_aton reads it as octal (${Number.parseInt(part, 8)}), other tools as decimal (${Number.parseInt(part, 10)}); write it without the zero`;
    }
    if (!/^\d+$/.test(part)) return `octet "${part}" is not a decimal number`;
    if (Number(part) > 255) return `octet ${part} is over 255`;
  }
  return 'not a dotted-decimal IPv4 address';
}

/** Parses strict dotted-decimal IPv4: four decimal octets 0-255, no leading zeros. */
export function parseIpv4(text: string): IpAddress {
  const parts = text.split('.');
  let value = 0n;
  const valid =
    parts.length === 4 && parts.every((part) => IPV4_OCTET.test(part) && Number(part) <= 255);
  if (!valid) throw refuse(text, explainIpv4(text, parts));
  for (const part of parts) value = (value << 8n) | BigInt(part);
  return { version: 4, value };
}

/** Parses IPv6 text in any RFC 4291 form, refusing zone indexes and prefixes. */
export function parseIpv6(text: string): IpAddress {
  if (text.includes('%')) {
    throw refuse(text, 'a zone index (%...) names an interface, not part of the address; drop it');
  }
  if (text.includes('/')) throw refuse(text, 'a prefix length is not part of an address here');
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) parseIpv4(tail);
  let parsed: Address6;
  try {
    parsed = new Address6(text);
  } catch (error) {
    throw refuse(
      text,
      `not a valid IPv6 address (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return { version: 6, value: parsed.bigInt() };
}

/**
 * Parses an IPv4 or IPv6 address strictly: canonical dotted-decimal IPv4, standard IPv6 text.
 * Refuses surrounding spaces, empty text, and the legacy IPv4 forms parsers disagree on.
 * @example parseAddress('192.168.1.5') // { version: 4, value: 3232235781n }
 */
export function parseAddress(text: string): IpAddress {
  if (text === '') throw refuse(text, 'it is empty');
  if (text.trim() !== text) throw refuse(text, 'it has spaces around it');
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}
