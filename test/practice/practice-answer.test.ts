import { describe, expect, test } from 'vitest';
import { parseAddress } from '../../src/calc/parse-address.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import {
  answerSpellings,
  checkPracticeReply,
  type PracticeAnswer,
} from '../../src/practice/practice-answer.js';

const mask26: PracticeAnswer = { kind: 'mask', value: parseMask('/26'), form: 'prefix' };
const wildcard24: PracticeAnswer = { kind: 'mask', value: parseMask('/24'), form: 'wildcard' };
const octet: PracticeAnswer = { kind: 'binary', value: 192 };
const network: PracticeAnswer = { kind: 'address', value: parseAddress('192.168.1.64') };

describe('checkPracticeReply() is lenient in form, strict in value', () => {
  test.for([
    [mask26, '/26', 'right'],
    [mask26, '26', 'right'],
    [mask26, '255.255.255.192', 'right'],
    [mask26, ' /26 ', 'right'],
    [mask26, '/27', 'wrong'],
    [mask26, '255.0.255.0', 'unreadable'],
    [mask26, 'big', 'unreadable'],
    [wildcard24, '0.0.0.255', 'right'],
    [wildcard24, '255.255.255.0', 'right'],
    [wildcard24, '0.0.1.255', 'wrong'],
    [octet, '11000000', 'right'],
    [octet, '1100 0000', 'right'],
    [octet, '0b11000000', 'right'],
    [octet, '11000001', 'wrong'],
    [octet, '1100000', 'unreadable'],
    [network, '192.168.1.64', 'right'],
    [network, '192.168.1.65', 'wrong'],
    [network, '192.168.001.064', 'unreadable'],
  ] as const)('%o: reply %s is %s', ([answer, reply, verdict]) => {
    expect(checkPracticeReply(answer, reply)).toBe(verdict);
  });
});

describe('answerSpellings()', () => {
  test('lists a mask by its asked form first, then the other', () => {
    expect(answerSpellings({ ...mask26, form: 'dotted' })).toEqual(['255.255.255.192', '/26']);
  });
});
