import type { IpAddress } from '../../calc/address.js';
import { formatAddress } from '../../calc/format-address.js';
import { formatBinary } from '../../calc/format-binary.js';
import { type Mask, parseMask } from '../../calc/parse-mask.js';
import { LANGS } from '../../core/lang.js';
import type { Choice } from '../../lessons/answer.js';
import { messageCatalogue } from '../../text/message-catalogue.js';
import type { Level } from '../drill.js';
import type { PracticeAnswer } from '../practice-answer.js';
import type { Prng } from '../prng.js';

/** The IPv4 prefixes each level draws from (the issue's /24-/30, /16-/28, /8-/30). */
export const PREFIX_RANGE: Readonly<Record<Level, readonly [number, number]>> = {
  easy: [24, 30],
  medium: [16, 28],
  hard: [8, 30],
};

/** A unicast-looking IPv4 address: first octet 1-223 except 127. */
export function randomIpv4(rng: Prng): IpAddress {
  const drawn = rng.int(1, 222);
  const first = drawn >= 127 ? drawn + 1 : drawn;
  const rest = rng.int(0, 0xffffff);
  return { version: 4, value: (BigInt(first) << 24n) | BigInt(rest) };
}

/** An IPv4 mask of the given prefix. */
export function ipv4Mask(prefix: number): Mask {
  return parseMask(`/${prefix}`);
}

/** An address in the 2001:db8::/32 documentation block, any bits below it. */
export function randomIpv6(rng: Prng): IpAddress {
  let low = 0n;
  for (let word = 0; word < 3; word += 1) low = (low << 32n) | BigInt(rng.int(0, 0xffffffff));
  return { version: 6, value: (0x20010db8n << 96n) | low };
}

/** How a mask is shown in a question: a prefix (easy), also dotted (medium), also hex (hard). */
export function showMask(rng: Prng, level: Level, mask: Mask): { mask?: string; prefix?: number } {
  const forms =
    level === 'easy'
      ? ['prefix']
      : level === 'medium'
        ? ['prefix', 'dotted']
        : ['prefix', 'dotted', 'hex'];
  const form = mask.version === 6 ? 'prefix' : rng.pick(forms);
  if (form === 'prefix') return { prefix: mask.prefix };
  if (form === 'dotted') return { mask: formatAddress({ version: 4, value: mask.value }) };
  return { mask: `0x${mask.value.toString(16).padStart(8, '0')}` };
}

/** "10.1.2.3/21" or "10.1.2.3 mask 255.255.248.0": the host as the question writes it. */
export function hostText(address: IpAddress, shown: { mask?: string; prefix?: number }): string {
  const text = formatAddress(address);
  return shown.prefix === undefined ? `${text} mask ${shown.mask}` : `${text}/${shown.prefix}`;
}

/** The mask as the question shows it: "/21", "255.255.248.0" or "0xfffff800". */
export function maskText(shown: { mask?: string; prefix?: number }): string {
  return shown.prefix === undefined ? (shown.mask ?? '') : `/${shown.prefix}`;
}

/** The 32 bits of an IPv4 value in octets, with "|" after the network bits when a prefix is given. */
export function bits(value: bigint, prefix?: number): string {
  return formatBinary(value, 4, prefix === undefined ? {} : { prefix }).join('');
}

/** A multiple-choice answer whose options are labelled from the practice catalogue in every language. */
export function choiceAnswer(
  value: string,
  ids: readonly string[],
  labelKey: string,
): PracticeAnswer {
  const choices: Choice[] = ids.map((id) => ({
    id,
    label: Object.fromEntries(
      LANGS.map((lang) => [lang, messageCatalogue(lang, 'practice').format(`${labelKey}.${id}`)]),
    ) as Choice['label'],
  }));
  return { kind: 'choice', value, choices };
}
