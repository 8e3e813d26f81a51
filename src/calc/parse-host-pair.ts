import { InputError } from '../core/errors.js';
import { reason } from '../core/reason.js';
import { splitHostText } from './_split-host-text.js';
import { parseAddress } from './parse-address.js';
import type { HostSpec } from './parse-host-spec.js';
import { parseMask } from './parse-mask.js';
import { quote } from './quote-input.js';

/** Two hosts, each with the mask it is configured with. */
export interface HostPair {
  readonly a: HostSpec;
  readonly b: HostSpec;
}

function usage(fields: readonly string[]): InputError {
  const count = reason('field-count', { count: fields.length });
  return new InputError('bad-host-pair', { value: quote(fields.join(' ')), count });
}

/**
 * Reads the arguments of a same-subnet question: `A B MASK` (one mask serves both), `A B MASK_A
 * MASK_B`, or prefixes written on the addresses (`A/24 B/25`; `A/24 B` gives B the same mask).
 * Masks are given either on the addresses or as separate fields, never both.
 * @example parseHostPair(['192.168.1.5', '192.168.1.77', '/24']).b.mask.prefix // 24
 */
export function parseHostPair(fields: readonly string[]): HostPair {
  const [aText, bText, ...maskTexts] = fields;
  if (aText === undefined || bText === undefined || maskTexts.length > 2) throw usage(fields);
  const aHost = splitHostText(aText, bText);
  const bHost = splitHostText(bText, maskTexts[0]);
  const aAddress = parseAddress(aHost.address);
  const bAddress = parseAddress(bHost.address);
  const pair = reason('pair', { a: quote(aText), b: quote(bText) });
  if (aAddress.version !== bAddress.version) {
    throw new InputError('mixed-versions', { pair });
  }
  const inline = aHost.prefix !== undefined || bHost.prefix !== undefined;
  if (inline && maskTexts.length > 0) {
    throw new InputError('pair-mask-given-twice', { pair, mask: quote(maskTexts[0] ?? '') });
  }
  const aMask = inline ? (aHost.prefix ?? bHost.prefix) : maskTexts[0];
  const bMask = inline ? (bHost.prefix ?? aHost.prefix) : (maskTexts[1] ?? maskTexts[0]);
  if (aMask === undefined || bMask === undefined) {
    throw new InputError('pair-mask-missing', { pair, a: aText, b: bText });
  }
  const version = aAddress.version;
  return {
    a: { address: aAddress, mask: parseMask(aMask, { version }) },
    b: { address: bAddress, mask: parseMask(bMask, { version }) },
  };
}
