import type { IpAddress } from '../calc/address.js';
import { formatAddress } from '../calc/format-address.js';
import { parseAddress } from '../calc/parse-address.js';
import { type ContentLang, inLang, type Lang } from '../core/lang.js';

/** One option of a multiple-choice answer, named in every language. */
export interface Choice {
  readonly id: string;
  readonly label: Readonly<Record<ContentLang, string>>;
}

/** The computed answer to a question, in the form the student's reply is compared with. */
export type Answer =
  | { readonly kind: 'yes-no'; readonly value: boolean }
  | { readonly kind: 'number'; readonly value: bigint }
  | {
      readonly kind: 'address';
      readonly value: IpAddress;
      /** When the address asked for is a network: its prefix, so "192.168.1.64/26" is read too. */
      readonly prefix?: number;
    }
  | { readonly kind: 'bytes'; readonly value: Uint8Array }
  | { readonly kind: 'choice'; readonly value: string; readonly choices: readonly Choice[] };

/** What a typed reply said: right or wrong, or unreadable as this kind of answer. */
export type ReplyVerdict = 'right' | 'wrong' | 'unreadable';

const YES = new Set(['y', 'yes', '是', '是的', '对', '在']);
const NO = new Set(['n', 'no', '否', '不', '不是', '不对', '不在']);

function readYesNo(reply: string): boolean | undefined {
  const word = reply.toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}

/** Reads a whole number; digit groups may be split by commas or underscores ("65,535"). */
function readNumber(reply: string): bigint | undefined {
  return /^\d{1,3}([,_]?\d{3})*$|^\d+$/.test(reply)
    ? BigInt(reply.replaceAll(/[,_]/g, ''))
    : undefined;
}

function readAddress(reply: string): IpAddress | undefined {
  try {
    return parseAddress(reply);
  } catch {
    return undefined;
  }
}

/** A prefix length after "/": decimal digits without a leading zero. */
const PREFIX = /^(0|[1-9][0-9]{0,2})$/;

/**
 * Whether an address reply is the answer: the address alone, or for a network the block in CIDR
 * form with the right prefix ("192.168.1.64/26"); undefined when it cannot be read as either.
 */
function sameAddress(
  answer: Extract<Answer, { kind: 'address' }>,
  reply: string,
): boolean | undefined {
  const slash = reply.indexOf('/');
  const prefixText = slash === -1 ? undefined : reply.slice(slash + 1);
  if (prefixText !== undefined && (answer.prefix === undefined || !PREFIX.test(prefixText))) {
    return undefined;
  }
  const said = readAddress(slash === -1 ? reply : reply.slice(0, slash));
  if (said === undefined) return undefined;
  const same = said.version === answer.value.version && said.value === answer.value.value;
  return same && (prefixText === undefined || Number(prefixText) === answer.prefix);
}

/** Reads bytes in hex: "00 00 08 00" (a byte per group, "0 0 8 0" too), "00000800", "0x00000800". */
function readBytes(reply: string): Uint8Array | undefined {
  const groups = reply.replace(/^0x/i, '').split(/[\s:-]+/);
  if (groups.length > 1) {
    if (!groups.every((group) => /^[0-9a-f]{1,2}$/i.test(group))) return undefined;
    return Uint8Array.from(groups, (group) => Number.parseInt(group, 16));
  }
  const hex = groups[0] ?? '';
  if (!/^([0-9a-f]{2})+$/i.test(hex)) return undefined;
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** Reads a choice by its number in the list, its id or its label in either language. */
function readChoice(reply: string, choices: readonly Choice[]): string | undefined {
  const word = reply.toLowerCase();
  const index = /^[1-9]$/.test(word) ? Number(word) - 1 : -1;
  const byNumber = choices[index];
  if (byNumber !== undefined) return byNumber.id;
  const byName = choices.find(
    (choice) =>
      choice.id === word ||
      Object.values(choice.label).some((label) => label.toLowerCase() === word),
  );
  return byName?.id;
}

/**
 * Compares a typed reply with the computed answer. Spaces around the reply are ignored; a reply
 * that is not the right kind of value (a word where a number is wanted) is `unreadable`.
 * @example checkReply({ kind: 'yes-no', value: true }, ' Y ') // 'right'
 */
export function checkReply(answer: Answer, reply: string): ReplyVerdict {
  const text = reply.trim();
  const verdict = (same: boolean | undefined): ReplyVerdict =>
    same === undefined ? 'unreadable' : same ? 'right' : 'wrong';
  switch (answer.kind) {
    case 'yes-no': {
      const said = readYesNo(text);
      return verdict(said === undefined ? undefined : said === answer.value);
    }
    case 'number': {
      const said = readNumber(text);
      return verdict(said === undefined ? undefined : said === answer.value);
    }
    case 'address':
      return verdict(sameAddress(answer, text));
    case 'bytes': {
      const said = readBytes(text);
      return verdict(said === undefined ? undefined : sameBytes(said, answer.value));
    }
    case 'choice': {
      const said = readChoice(text, answer.choices);
      return verdict(said === undefined ? undefined : said === answer.value);
    }
  }
}

const YES_NO: Record<Lang, readonly [yes: string, no: string]> = {
  en: ['yes', 'no'],
  zh: ['是', '否'],
};

/** Writes a computed answer as the student reads it, e.g. "yes", "192.168.1.64", "registered". */
export function formatAnswer(answer: Answer, lang: ContentLang): string {
  switch (answer.kind) {
    case 'yes-no':
      return inLang(YES_NO, lang)[answer.value ? 0 : 1];
    case 'number':
      return answer.value.toString();
    case 'address':
      return formatAddress(answer.value);
    case 'bytes':
      return [...answer.value].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
    case 'choice': {
      const choice = answer.choices.find((option) => option.id === answer.value);
      return choice === undefined ? answer.value : inLang(choice.label, lang);
    }
  }
}
