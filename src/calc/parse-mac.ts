import { InputError } from '../core/errors.js';
import { type Reason, reason } from '../core/reason.js';
import { explainFullWidth } from './full-width.js';
import type { MacAddress } from './mac-address.js';
import { quote } from './quote-input.js';

const COLON_FORM = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
const DASH_FORM = /^[0-9a-f]{2}(-[0-9a-f]{2}){5}$/i;
const CISCO_FORM = /^[0-9a-f]{4}(\.[0-9a-f]{4}){2}$/i;
const HEX_DIGIT = /^[0-9a-f]$/i;
const SEPARATORS = [':', '-', '.'] as const;

function refuse(text: string, why: Reason): InputError {
  return new InputError('bad-mac', { value: quote(text), why });
}

/** The first character that is neither a hex digit nor a separator, described for the user. */
function strangeCharacter(text: string): Reason | undefined {
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) return fullWidth;
  for (const char of text) {
    if (HEX_DIGIT.test(char) || (SEPARATORS as readonly string[]).includes(char)) continue;
    if (/\s/u.test(char)) return reason('mac-white-space');
    const code = char.codePointAt(0)?.toString(16).padStart(4, '0') ?? '';
    return reason('mac-stray-character', {
      char: quote(char),
      codePoint: `U+${code.toUpperCase()}`,
    });
  }
  return undefined;
}

/** Why a string of hex digits and separators is not one of the three accepted forms. */
function explainGroups(text: string): Reason {
  const used = SEPARATORS.filter((separator) => text.includes(separator));
  if (used.length === 0) {
    return text.length === 12
      ? reason('mac-twelve-digits')
      : reason('mac-digit-count', { count: text.length });
  }
  if (used.length > 1) {
    const [first = '', second = '', third] = used.map((separator) => `"${separator}"`);
    return third === undefined
      ? reason('mac-mixed-separators', { first, second })
      : reason('mac-mixed-separators-three', { first, second, third });
  }
  const separator = used[0] ?? ':';
  const groups = text.split(separator);
  if (separator === '.') return explainCiscoGroups(groups);
  if (groups.length === 8) return reason('mac-eui-64');
  if (groups.length !== 6) return reason('mac-group-count', { count: groups.length });
  for (const [index, group] of groups.entries()) {
    if (group === '') return reason('mac-group-empty', { index: index + 1 });
    if (group.length === 1) {
      return reason('mac-group-one-digit', { group: quote(group), padded: quote(`0${group}`) });
    }
    if (group.length > 2) {
      return reason('mac-group-too-long', { group: quote(group), digits: group.length });
    }
  }
  return reason('mac-invalid');
}

function explainCiscoGroups(groups: readonly string[]): Reason {
  if (groups.length !== 3) return reason('mac-cisco-group-count', { count: groups.length });
  const short = groups.find((group) => group.length !== 4) ?? '';
  return reason('mac-cisco-group-length', { group: quote(short), digits: short.length });
}

/**
 * Parses a 48-bit MAC address written as six two-digit hex groups separated by ":" or "-"
 * (00:1A:2B:3C:4D:5E, 00-1a-2b-3c-4d-5e) or as three dotted four-digit groups (Cisco: 001a.2b3c.4d5e).
 * Case does not matter. Anything else is refused with the reason.
 * @example parseMac('00:1A:2B:3C:4D:5E') // { value: 0x001a2b3c4d5en }
 */
export function parseMac(text: string): MacAddress {
  if (text === '') throw refuse(text, reason('mac-empty'));
  if (text.trim() !== text) throw refuse(text, reason('mac-spaces'));
  if (COLON_FORM.test(text) || DASH_FORM.test(text) || CISCO_FORM.test(text)) {
    return { value: BigInt(`0x${text.replace(/[:.-]/g, '')}`) };
  }
  if (/^0x/i.test(text)) throw refuse(text, reason('mac-0x'));
  throw refuse(text, strangeCharacter(text) ?? explainGroups(text));
}
