import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** The environment of a student whose system speaks Chinese, or English. */
const CHINESE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };
const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };

/**
 * Three or more ASCII words in a row, joined by spaces or ASCII punctuation: English prose. A
 * Chinese line keeps single terms (AND, ARP, PTR, RFC 3021) and values, never a phrase.
 */
const ENGLISH_RUN = /[A-Za-z][\w'+-]*(?:[ ,;:]+[A-Za-z][\w'+-]*){2,}/;

/**
 * The line with its values taken out: addresses and masks (hex or decimal with dots or colons,
 * such as ffff:ffff::) and the hosts' names A and B, so "B AND A 的掩码" counts as one term.
 */
function withoutValues(line: string): string {
  return line.replace(/[\da-f]*(?:[:.|][\da-f]*)+/gi, ' 0 ').replace(/\b[AB]\b/g, '0');
}

/** Widest line a terminal of the course shows without wrapping. */
const COLUMNS = 80;

/** One answer of each calculator that speaks Chinese, taking every branch of its words. */
const ANSWERS: readonly (readonly string[])[] = [
  ['same-subnet', '192.168.1.5', '192.168.1.77', '/24'],
  ['same-subnet', '10.0.0.5/24', '10.0.1.0/23'],
  ['same-subnet', '10.0.0.5/24', '10.1.0.9/16'],
  ['same-subnet', '10.0.0.5/24', '10.0.0.9/16'],
  ['same-subnet', '2001:db8::1/64', '2001:db8:0:1::1/64'],
  ['same-subnet', 'fe80::1/64', 'fe80::2/127'],
  ['subnet', '192.168.1.77/26'],
  ['subnet', '10.0.0.1/31'],
  ['subnet', '10.0.0.1/32'],
  ['subnet', '224.0.0.1/4'],
  ['subnet', '2001:db8::1/64'],
  ['subnet', '2001:db8::1/127'],
  ['mask', '/20'],
  ['mask', '/32'],
  ['mask', '/64', '--ipv6'],
  ['mask', '0.0.0.255', '--wildcard'],
];

const label = (args: readonly string[]) => args.join(' ');

describe('the calculators speak Chinese under LANG=zh_CN.UTF-8', () => {
  test.for(ANSWERS.map((args) => [label(args), args] as const))(
    '%s: no English phrase, and no line over 80 columns',
    async ([, args]) => {
      const chinese = await runCli(args, { env: CHINESE });
      expect(chinese.code).toBe(0);
      const lines = chinese.stdout.trimEnd().split('\n');
      expect(lines.filter((line) => ENGLISH_RUN.test(withoutValues(line)))).toEqual([]);
      expect(lines.filter((line) => stringWidth(line) > COLUMNS)).toEqual([]);
      expect(chinese.stdout).not.toBe((await runCli(args, { env: ENGLISH })).stdout);
    },
  );

  test.for(ANSWERS.map((args) => [label(args), args] as const))(
    '%s --json is the same in both languages',
    async ([, args]) => {
      const chinese = await runCli([...args, '--json'], { env: CHINESE });
      const english = await runCli([...args, '--json'], { env: ENGLISH });
      expect(chinese.code).toBe(0);
      expect(chinese.stdout).toBe(english.stdout);
    },
  );

  test('--lang zh speaks Chinese in an English environment, --lang en English in a Chinese one', async () => {
    const args = ['subnet', '192.168.1.77/26'];
    const asked = await runCli(['--lang', 'zh', ...args], { env: ENGLISH });
    const told = await runCli(['--lang', 'en', ...args], { env: CHINESE });
    expect(asked.stdout).toContain('广播地址');
    expect(told.stdout).toBe((await runCli(args, { env: ENGLISH })).stdout);
  });
});
