import { describe, expect, test } from 'vitest';
import { parseAddress } from '../../src/calc/parse-address.js';
import { type Answer, checkReply, formatAnswer } from '../../src/lessons/answer.js';

const YES: Answer = { kind: 'yes-no', value: true };
const COUNT: Answer = { kind: 'number', value: 65_535n };
const NETWORK: Answer = { kind: 'address', value: parseAddress('192.168.1.64') };
const NETWORK_26: Answer = { kind: 'address', value: parseAddress('192.168.1.64'), prefix: 26 };
const HEADER: Answer = { kind: 'bytes', value: Uint8Array.from([0, 0, 8, 0]) };
const RANGE: Answer = {
  kind: 'choice',
  value: 'user',
  choices: [
    { id: 'system', label: { en: 'well-known', zh: '公认端口' } },
    { id: 'user', label: { en: 'registered', zh: '注册端口' } },
    { id: 'dynamic', label: { en: 'dynamic', zh: '动态端口' } },
  ],
};

const cases: readonly { reply: string; answer: Answer; verdict: string }[] = [
  { reply: 'y', answer: YES, verdict: 'right' },
  { reply: ' YES ', answer: YES, verdict: 'right' },
  { reply: '是', answer: YES, verdict: 'right' },
  { reply: 'n', answer: YES, verdict: 'wrong' },
  { reply: '不是', answer: YES, verdict: 'wrong' },
  { reply: 'maybe', answer: YES, verdict: 'unreadable' },
  { reply: '65535', answer: COUNT, verdict: 'right' },
  { reply: '65,535', answer: COUNT, verdict: 'right' },
  { reply: '65536', answer: COUNT, verdict: 'wrong' },
  { reply: '6,55,35', answer: COUNT, verdict: 'unreadable' },
  { reply: '-1', answer: COUNT, verdict: 'unreadable' },
  { reply: '192.168.1.64', answer: NETWORK, verdict: 'right' },
  { reply: '192.168.1.0', answer: NETWORK, verdict: 'wrong' },
  { reply: '192.168.001.64', answer: NETWORK, verdict: 'unreadable' },
  { reply: '192.168.1.64/26', answer: NETWORK, verdict: 'unreadable' },
  { reply: '192.168.1.64/26', answer: NETWORK_26, verdict: 'right' },
  { reply: '192.168.1.64', answer: NETWORK_26, verdict: 'right' },
  { reply: '192.168.1.64/27', answer: NETWORK_26, verdict: 'wrong' },
  { reply: '192.168.1.0/26', answer: NETWORK_26, verdict: 'wrong' },
  { reply: '192.168.1.64/026', answer: NETWORK_26, verdict: 'unreadable' },
  { reply: '192.168.1.64/', answer: NETWORK_26, verdict: 'unreadable' },
  { reply: '１９２.168.1.64', answer: NETWORK, verdict: 'unreadable' },
  { reply: '８０', answer: COUNT, verdict: 'unreadable' },
  { reply: '00 00 08 00', answer: HEADER, verdict: 'right' },
  { reply: '0x00000800', answer: HEADER, verdict: 'right' },
  { reply: '00 08 00 00', answer: HEADER, verdict: 'wrong' },
  { reply: '0 0 8 0', answer: HEADER, verdict: 'right' },
  { reply: '0 0 800', answer: HEADER, verdict: 'unreadable' },
  { reply: '0000800', answer: HEADER, verdict: 'unreadable' },
  { reply: '2', answer: RANGE, verdict: 'right' },
  { reply: 'Registered', answer: RANGE, verdict: 'right' },
  { reply: '注册端口', answer: RANGE, verdict: 'right' },
  { reply: '1', answer: RANGE, verdict: 'wrong' },
  { reply: '4', answer: RANGE, verdict: 'unreadable' },
];

describe('checkReply()', () => {
  test.for(cases)(
    'reads $reply as $verdict for a $answer.kind answer',
    ({ reply, answer, verdict }) => {
      expect(checkReply(answer, reply)).toBe(verdict);
    },
  );
});

describe('formatAnswer()', () => {
  test.for([
    { answer: YES, en: 'yes', zh: '是' },
    { answer: COUNT, en: '65535', zh: '65535' },
    { answer: NETWORK, en: '192.168.1.64', zh: '192.168.1.64' },
    { answer: HEADER, en: '00 00 08 00', zh: '00 00 08 00' },
    { answer: RANGE, en: 'registered', zh: '注册端口' },
  ])('writes a $answer.kind answer as $en and $zh', ({ answer, en, zh }) => {
    expect([formatAnswer(answer, 'en'), formatAnswer(answer, 'zh')]).toEqual([en, zh]);
  });
});
