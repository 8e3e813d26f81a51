import { InputError } from '../core/errors.js';
import { type Reason, reason } from '../core/reason.js';
import { readIpv4 } from './_read-ipv4.js';
import { readIpv6 } from './_read-ipv6.js';
import type { Reading } from './_result.js';
import type { IpAddress, IpVersion } from './address.js';
import { quote } from './quote-input.js';

function refuse(text: string, why: Reason): InputError {
  return new InputError('bad-address', { value: quote(text), why });
}

/** Problems that are the same for both versions: empty text, spaces, a prefix length. */
function explainShape(text: string): Reason | null {
  if (text === '') return reason('address-empty');
  if (text.trim() !== text) return reason('white-space-around');
  const slash = text.indexOf('/');
  if (slash !== -1) {
    return reason('address-with-prefix', {
      prefix: quote(text.slice(slash)),
      address: quote(text.slice(0, slash)),
    });
  }
  return null;
}

function parseAs(
  version: IpVersion,
  text: string,
  read: (text: string) => Reading<bigint>,
): IpAddress {
  const shape = explainShape(text);
  if (shape !== null) throw refuse(text, shape);
  const reading = read(text);
  if (!reading.ok) throw refuse(text, reading.why);
  return { version, value: reading.value };
}

/**
 * Parses strict dotted-decimal IPv4: four decimal octets 0-255 without leading zeros. Refuses
 * the legacy forms inet_aton accepts (`127.1`, `0x7f.0.0.1`, `012.1.2.3`, `2130706433`) and
 * says what they would mean there.
 */
export function parseIpv4(text: string): IpAddress {
  return parseAs(4, text, readIpv4);
}

/** Parses IPv6 text in any RFC 4291 form, refusing zone indexes, prefixes and bad IPv4 tails. */
export function parseIpv6(text: string): IpAddress {
  return parseAs(6, text, readIpv6);
}

/**
 * Parses an IPv4 or IPv6 address strictly: canonical dotted-decimal IPv4, standard IPv6 text.
 * Refuses surrounding spaces, empty text, and the legacy IPv4 forms parsers disagree on.
 * @example parseAddress('192.168.1.5') // { version: 4, value: 3232235781n }
 */
export function parseAddress(text: string): IpAddress {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}
