import { InputError } from '../core/errors.js';
import { explainFullWidth } from './full-width.js';
import type { MacAddress } from './mac-address.js';
import { quote } from './quote-input.js';

const COLON_FORM = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
const DASH_FORM = /^[0-9a-f]{2}(-[0-9a-f]{2}){5}$/i;
const CISCO_FORM = /^[0-9a-f]{4}(\.[0-9a-f]{4}){2}$/i;
const HEX_DIGIT = /^[0-9a-f]$/i;
const SEPARATORS = [':', '-', '.'] as const;

function refuse(text: string, why: string): InputError {
  return new InputError('bad-mac', { value: quote(text), why });
}

/** The first character that is neither a hex digit nor a separator, described for the user. */
function strangeCharacter(text: string): string | undefined {
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) return fullWidth;
  for (const char of text) {
    if (HEX_DIGIT.test(char) || (SEPARATORS as readonly string[]).includes(char)) continue;
    if (/\s/u.test(char)) return 'it contains whitespace';
    const code = char.codePointAt(0)?.toString(16).padStart(4, '0') ?? '';
    return `${quote(char)} (U+${code.toUpperCase()}) is not a hex digit (0-9, a-f) or a separator (":", "-", ".")`;
  }
  return undefined;
}

/** Why a string of hex digits and separators is not one of the three accepted forms. */
function explainGroups(text: string): string {
  const used = SEPARATORS.filter((separator) => text.includes(separator));
  if (used.length === 0) {
    return text.length === 12
      ? 'twelve digits with no separators are easy to misread; write 00:1a:2b:3c:4d:5e or 001a.2b3c.4d5e'
      : `a MAC has 12 hex digits, got ${text.length} with no separators`;
  }
  if (used.length > 1)
    return `it mixes the separators ${used.map((s) => `"${s}"`).join(' and ')}; use one kind`;
  const separator = used[0] ?? ':';
  const groups = text.split(separator);
  if (separator === '.') return explainCiscoGroups(groups);
  if (groups.length === 8) {
    return 'eight groups make a 64-bit EUI-64 (as in IPv6 interface ids); a MAC has six';
  }
  if (groups.length !== 6) return `a MAC has six groups of two hex digits, got ${groups.length}`;
  for (const [index, group] of groups.entries()) {
    if (group === '') return `group ${index + 1} is empty`;
    if (group.length === 1) {
      return `group ${quote(group)} has one digit: write two per byte (${quote(`0${group}`)}); some tools, such as macOS arp, drop the leading zero`;
    }
    if (group.length > 2)
      return `group ${quote(group)} has ${group.length} digits: each group is one byte, two hex digits`;
  }
  return 'not a MAC address';
}

function explainCiscoGroups(groups: readonly string[]): string {
  if (groups.length !== 3) {
    return `the dotted (Cisco) form has three groups of four hex digits, got ${groups.length} groups`;
  }
  const short = groups.find((group) => group.length !== 4) ?? '';
  return `group ${quote(short)} has ${short.length} digits: the dotted (Cisco) form writes four per group`;
}

/**
 * Parses a 48-bit MAC address written as six two-digit hex groups separated by ":" or "-"
 * (00:1A:2B:3C:4D:5E, 00-1a-2b-3c-4d-5e) or as three dotted four-digit groups (Cisco: 001a.2b3c.4d5e).
 * Case does not matter. Anything else is refused with the reason.
 * @example parseMac('00:1A:2B:3C:4D:5E') // { value: 0x001a2b3c4d5en }
 */
export function parseMac(text: string): MacAddress {
  if (text === '') throw refuse(text, 'it is empty');
  if (text.trim() !== text) throw refuse(text, 'it has spaces around it');
  if (COLON_FORM.test(text) || DASH_FORM.test(text) || CISCO_FORM.test(text)) {
    return { value: BigInt(`0x${text.replace(/[:.-]/g, '')}`) };
  }
  if (/^0x/i.test(text)) throw refuse(text, 'a "0x" prefix is not part of MAC notation; drop it');
  throw refuse(text, strangeCharacter(text) ?? explainGroups(text));
}
