import { InputError } from '../core/errors.js';
import type { IpAddress } from './address.js';
import { formatAddress } from './format-address.js';
import { parseAddress } from './parse-address.js';
import { quote } from './quote-input.js';

/** A range of addresses, both ends included. */
export interface AddressRange {
  readonly first: IpAddress;
  readonly last: IpAddress;
}

function refuse(text: string, why: string): InputError {
  return new InputError('bad-range', { value: quote(text), why });
}

/**
 * Parses `FIRST-LAST` (both ends included, one IP version, first not after last), each end a
 * strict address.
 * @example parseAddressRange('10.0.0.5-10.0.0.20').last // { version: 4, value: 167772180n }
 */
export function parseAddressRange(text: string): AddressRange {
  const ends = text.split('-');
  if (ends.length !== 2) {
    throw refuse(text, `a range is two addresses joined by one "-", such as 10.0.0.5-10.0.0.20`);
  }
  const [first, last] = ends.map((end) => parseAddress(end)) as [IpAddress, IpAddress];
  if (first.version !== last.version) {
    throw refuse(
      text,
      'it starts with an IPv4 address and ends with an IPv6 one, or the reverse; give two of one version',
    );
  }
  if (first.value > last.value) {
    throw refuse(
      text,
      `it runs backwards (${formatAddress(first)} comes after ${formatAddress(last)}); write the lower address first`,
    );
  }
  return { first, last };
}
