import { InputError } from '../core/errors.js';
import { reason } from '../core/reason.js';
import { maskValueOf } from './_mask-bits.js';
import { splitHostText } from './_split-host-text.js';
import { bitsOf, type IpAddress, type IpVersion } from './address.js';
import { formatAddress } from './format-address.js';
import { parseAddress } from './parse-address.js';
import { type Mask, parseMask } from './parse-mask.js';
import { quote } from './quote-input.js';

/** A CIDR block: a network address with no host bits set, and its prefix length. */
export interface IpBlock {
  readonly version: IpVersion;
  /** The first address of the block, as an integer. */
  readonly network: bigint;
  readonly prefix: number;
}

/** How to read a block. */
export interface ParseBlockOptions {
  /** Read an address without "/PREFIX" as a block of one address (/32 or /128). */
  readonly bareAddress?: boolean;
}

/** Number of addresses in a block: 2 to the power of its host bits. */
export function blockSize(block: IpBlock): bigint {
  return 1n << BigInt(bitsOf(block.version) - block.prefix);
}

/** The last address of a block, as an integer. */
export function blockLast(block: IpBlock): bigint {
  return block.network + blockSize(block) - 1n;
}

/** The mask of a block's prefix. */
export function blockMask(block: IpBlock): Mask {
  const { version, prefix } = block;
  return { version, prefix, value: maskValueOf(version, prefix) };
}

/** The block's first address as an address value. */
export function blockAddress(block: IpBlock): IpAddress {
  return { version: block.version, value: block.network };
}

/** A block in CIDR notation, e.g. `192.168.1.0/26`. */
export function formatBlock(block: IpBlock): string {
  return `${formatAddress(blockAddress(block))}/${block.prefix}`;
}

/**
 * Parses a block in CIDR notation strictly: the address must be the network itself, so
 * `192.168.1.77/24` is refused with the network it lies in.
 * @example formatBlock(parseBlock('10.0.0.0/8')) // '10.0.0.0/8'
 */
export function parseBlock(text: string, options: ParseBlockOptions = {}): IpBlock {
  const host = splitHostText(text);
  const address = parseAddress(host.address);
  const { version } = address;
  if (host.prefix === undefined) {
    if (options.bareAddress === true) {
      return { version, network: address.value, prefix: bitsOf(version) };
    }
    throw new InputError('bad-block', {
      value: quote(text),
      why: reason('block-no-prefix', { address: host.address }),
    });
  }
  const mask = parseMask(host.prefix, { version });
  const block: IpBlock = { version, network: address.value & mask.value, prefix: mask.prefix };
  if (block.network !== address.value) {
    throw new InputError('bad-block', {
      value: quote(text),
      why: reason('block-host-bits', { address: host.address, block: formatBlock(block) }),
    });
  }
  return block;
}
