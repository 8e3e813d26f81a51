import { InputError } from '../core/errors.js';
import { splitHostText } from './_split-host-text.js';
import type { IpAddress } from './address.js';
import { parseAddress } from './parse-address.js';
import { type Mask, parseMask } from './parse-mask.js';
import { quote } from './quote-input.js';

/** An address with the mask of its subnet: what `A/24` or `A 255.255.255.0` says. */
export interface HostSpec {
  readonly address: IpAddress;
  readonly mask: Mask;
}

/**
 * Parses a host with its mask, given as `192.168.1.5/24` or as the address and a separate mask
 * (`255.255.255.0`, `/24` or `24`). The mask must be given exactly once.
 * @example parseHostSpec('192.168.1.77/26').mask.prefix // 26
 */
export function parseHostSpec(text: string, maskText?: string): HostSpec {
  const host = splitHostText(text, maskText);
  const address = parseAddress(host.address);
  if (host.prefix !== undefined && maskText !== undefined) {
    throw new InputError('mask-given-twice', {
      mask: quote(maskText),
      value: quote(text),
      prefix: host.prefix,
    });
  }
  const source = host.prefix ?? maskText;
  if (source === undefined) {
    throw new InputError('mask-missing', { value: quote(text), address: host.address });
  }
  return { address, mask: parseMask(source, { version: address.version }) };
}
