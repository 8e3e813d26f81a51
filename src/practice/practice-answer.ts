import { bitsOf } from '../calc/address.js';
import { formatAddress } from '../calc/format-address.js';
import { type Mask, parseMask } from '../calc/parse-mask.js';
import { type Answer, checkReply, type ReplyVerdict } from '../lessons/answer.js';

/** How a mask answer is written canonically: the form the question asked for. */
export type MaskForm = 'prefix' | 'dotted' | 'wildcard';

/**
 * A drill's right answer: a lesson answer (yes/no, number, address, choice), a mask in any of
 * its spellings, or an octet in binary.
 */
export type PracticeAnswer =
  | Answer
  | { readonly kind: 'mask'; readonly value: Mask; readonly form: MaskForm }
  | { readonly kind: 'binary'; readonly value: number };

function readMask(reply: string, answer: { value: Mask; form: MaskForm }): Mask | undefined {
  const version = answer.value.version;
  try {
    return parseMask(reply, { version, wildcard: answer.form === 'wildcard' });
  } catch {
    if (answer.form !== 'wildcard') return undefined;
  }
  try {
    return parseMask(reply, { version });
  } catch {
    return undefined;
  }
}

/** Eight binary digits, optionally split 4+4 by a space or underscore, or with a 0b prefix. */
function readBinary(reply: string): number | undefined {
  const digits = /^(?:0b)?([01]{4})[ _]?([01]{4})$/i.exec(reply);
  if (digits === null) return undefined;
  return Number.parseInt(`${digits[1]}${digits[2]}`, 2);
}

/**
 * Checks a reply leniently in form, strictly in value: any spelling of the right mask
 * ("/26", "26", "255.255.255.192"), of the address, of the number. A wildcard asked for may also
 * be answered with the mask it belongs to.
 * @example checkPracticeReply({ kind: 'binary', value: 192 }, '1100 0000') // 'right'
 */
export function checkPracticeReply(answer: PracticeAnswer, reply: string): ReplyVerdict {
  const text = reply.trim();
  if (answer.kind === 'mask') {
    const said = readMask(text, answer);
    return said === undefined
      ? 'unreadable'
      : said.prefix === answer.value.prefix
        ? 'right'
        : 'wrong';
  }
  if (answer.kind === 'binary') {
    const said = readBinary(text);
    return said === undefined ? 'unreadable' : said === answer.value ? 'right' : 'wrong';
  }
  return checkReply(answer, text);
}

function maskSpelling(mask: Mask, form: MaskForm): string {
  if (form === 'prefix') return `/${mask.prefix}`;
  const all = (1n << BigInt(bitsOf(mask.version))) - 1n;
  const value = form === 'wildcard' ? all ^ mask.value : mask.value;
  return formatAddress({ version: mask.version, value });
}

/**
 * Every spelling the answer is written in, canonical first: for a mask its prefix and dotted
 * forms, for yes/no the words, for a choice its id. The canonical one is the grader's key.
 */
export function answerSpellings(answer: PracticeAnswer): string[] {
  switch (answer.kind) {
    case 'mask': {
      const others: MaskForm[] = answer.form === 'wildcard' ? [] : ['prefix', 'dotted'];
      const forms = [answer.form, ...others.filter((form) => form !== answer.form)];
      return forms.map((form) => maskSpelling(answer.value, form));
    }
    case 'binary':
      return [answer.value.toString(2).padStart(8, '0')];
    case 'yes-no':
      return [answer.value ? 'yes' : 'no'];
    case 'number':
      return [answer.value.toString()];
    case 'address':
      return [formatAddress(answer.value)];
    case 'bytes':
      return [[...answer.value].map((byte) => byte.toString(16).padStart(2, '0')).join(' ')];
    case 'choice':
      return [answer.value];
  }
}

/** The answer in its canonical spelling, the same in every language: "192.168.1.64", "/26", "yes". */
export function canonicalAnswer(answer: PracticeAnswer): string {
  return answerSpellings(answer)[0] ?? '';
}
