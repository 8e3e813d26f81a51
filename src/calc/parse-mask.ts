import { InputError } from '../core/errors.js';
import { type Reason, reason } from '../core/reason.js';
import { maskValueOf, prefixOfMask } from './_mask-bits.js';
import { readIpv4 } from './_read-ipv4.js';
import { readIpv6 } from './_read-ipv6.js';
import { bitsOf, type IpVersion } from './address.js';
import { formatAddress } from './format-address.js';
import { formatBinary } from './format-binary.js';
import { explainFullWidth } from './full-width.js';
import { quote } from './quote-input.js';

/** A subnet mask: `prefix` leading one bits in an address of the given version. */
export interface Mask {
  readonly version: IpVersion;
  /** Number of network bits: 0-32 for IPv4, 0-128 for IPv6. */
  readonly prefix: number;
  /** The mask as an integer: `prefix` ones followed by zeros. */
  readonly value: bigint;
}

/** How to read a mask. */
export interface ParseMaskOptions {
  /** The version the mask is for; a bare prefix is IPv4 unless this says 6. */
  readonly version?: IpVersion;
  /** The text is a wildcard (inverse mask, host bits set), as Cisco ACLs write it. */
  readonly wildcard?: boolean;
}

/** A prefix length: "/24" or "24", decimal without a leading zero. */
const PREFIX = /^\/?(0|[1-9][0-9]{0,2})$/;

/** What the text was read as: a mask, a wildcard or a prefix, named in the message. */
type Noun = 'mask' | 'wildcard' | 'prefix';

const NOUNS: Readonly<Record<Noun, Reason>> = {
  mask: reason('noun-mask'),
  wildcard: reason('noun-wildcard'),
  prefix: reason('noun-prefix'),
};

function refuse(noun: Noun, text: string, why: Reason): InputError {
  return new InputError('bad-mask', { noun: NOUNS[noun], value: quote(text), why });
}

function maskOf(version: IpVersion, prefix: number): Mask {
  return { version, prefix, value: maskValueOf(version, prefix) };
}

function parsePrefix(text: string, version: IpVersion, versionGiven: boolean): Mask {
  const digits = PREFIX.exec(text)?.[1];
  const bits = bitsOf(version);
  if (digits === undefined) {
    throw refuse('prefix', text, reason('prefix-not-decimal'));
  }
  const prefix = Number.parseInt(digits, 10);
  if (prefix > bits) {
    const bare = !versionGiven && prefix <= 128;
    throw refuse(
      'prefix',
      text,
      reason(bare ? 'prefix-too-long-bare' : 'prefix-too-long', { version, bits }),
    );
  }
  return maskOf(version, prefix);
}

/** Where the ones of a non-contiguous mask stop, and what the user may have meant. */
function explainNonContiguous(version: IpVersion, value: bigint): Reason {
  const bits = value.toString(2).padStart(bitsOf(version), '0');
  const binary = formatBinary(value, version).join('');
  const firstZero = bits.indexOf('0');
  const strayOne = bits.indexOf('1', firstZero);
  if (firstZero === 0 && !bits.includes('0', strayOne)) {
    const prefix = strayOne;
    const mask = formatAddress(maskOf(version, prefix));
    return reason('mask-is-wildcard', { prefix, binary, mask });
  }
  if (firstZero === 0) return reason('mask-starts-with-zero', { bit: strayOne + 1, binary });
  return reason('mask-not-contiguous', {
    stop: firstZero,
    bit: strayOne + 1,
    binary,
    mask: formatAddress(maskOf(version, firstZero)),
    prefix: firstZero,
  });
}

/** Dotted decimal with fewer than four octets, each 0-255: the shorthand a mask is cut to. */
const SHORT_DOTTED =
  /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){0,2}$/;

/**
 * Why a mask of fewer than four octets is refused. inet_aton's reading of the shorthand
 * (255.255.255 as 255.255.0.255) is never a mask; the octets left out of a mask are zeros.
 */
function explainShortMask(text: string): Reason {
  const octets = text.split('.');
  const count = octets.length;
  const padded = [...octets, '0', '0', '0'].slice(0, 4).join('.');
  const reading = readIpv4(padded);
  const prefix = reading.ok ? prefixOfMask(4, reading.value) : null;
  return prefix === null
    ? reason('mask-short', { count })
    : reason('mask-short-padded', { count, mask: padded, prefix });
}

function parseMaskText(text: string, version: IpVersion, wildcard: boolean): Mask {
  const noun: Noun = wildcard ? 'wildcard' : 'mask';
  if (!wildcard && version === 4 && SHORT_DOTTED.test(text)) {
    throw refuse(noun, text, explainShortMask(text));
  }
  const reading = version === 4 ? readIpv4(text) : readIpv6(text);
  if (!reading.ok) throw refuse(noun, text, reading.why);
  const all = (1n << BigInt(bitsOf(version))) - 1n;
  const value = wildcard ? all ^ reading.value : reading.value;
  const prefix = prefixOfMask(version, value);
  if (prefix === null) {
    const why = wildcard
      ? reason('wildcard-not-contiguous', {
          binary: formatBinary(reading.value, version).join(''),
        })
      : explainNonContiguous(version, value);
    throw refuse(noun, text, why);
  }
  return { version, prefix, value };
}

function versionOfText(text: string): IpVersion {
  return text.includes(':') ? 6 : 4;
}

/**
 * Parses a mask written as a prefix length ("/24" or "24") or in address form ("255.255.255.0",
 * "ffff:ffff:ffff:ffff::"). Refuses masks whose ones are not contiguous, showing where they stop.
 * @example parseMask('255.255.240.0') // { version: 4, prefix: 20, value: 4294963200n }
 */
export function parseMask(text: string, options: ParseMaskOptions = {}): Mask {
  const wildcard = options.wildcard === true;
  const noun: Noun = wildcard ? 'wildcard' : 'mask';
  if (text === '') throw refuse(noun, text, reason('mask-empty'));
  if (text.trim() !== text) throw refuse(noun, text, reason('white-space-around'));
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) {
    throw refuse(/^[/／]?[0-9０-９]+$/.test(text) ? 'prefix' : noun, text, fullWidth);
  }
  if (text.startsWith('/') || /^[0-9]+$/.test(text)) {
    if (wildcard) throw refuse(noun, text, reason('wildcard-as-prefix'));
    return parsePrefix(text, options.version ?? 4, options.version !== undefined);
  }
  const written = versionOfText(text);
  if (options.version !== undefined && options.version !== written) {
    throw refuse(
      noun,
      text,
      reason('mask-wrong-version', {
        written,
        noun: NOUNS[noun],
        wanted: options.version,
        example: options.version === 4 ? 24 : 64,
      }),
    );
  }
  return parseMaskText(text, written, wildcard);
}
