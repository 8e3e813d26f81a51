import { InputError } from '../core/errors.js';
import { type Reason, reason } from '../core/reason.js';
import type { IpAddress } from './address.js';
import { formatAddress } from './format-address.js';
import { parseAddress } from './parse-address.js';
import { quote } from './quote-input.js';

/** A range of addresses, both ends included. */
export interface AddressRange {
  readonly first: IpAddress;
  readonly last: IpAddress;
}

function refuse(text: string, why: Reason): InputError {
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
    throw refuse(text, reason('range-shape'));
  }
  const [first, last] = ends.map((end) => parseAddress(end)) as [IpAddress, IpAddress];
  if (first.version !== last.version) {
    throw refuse(text, reason('range-mixed-versions'));
  }
  if (first.value > last.value) {
    throw refuse(
      text,
      reason('range-backwards', { first: formatAddress(first), last: formatAddress(last) }),
    );
  }
  return { first, last };
}
