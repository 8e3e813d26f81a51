import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { PORT_SERVICES } from '../../src/calc/port-services.js';
import { readContentJson } from '../../src/core/content-file.js';
import { runCli } from '../helpers/run-cli.js';

/** The environment of a student whose system speaks Chinese, or English. */
const CHINESE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };
const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };

/**
 * Three or more ASCII words in a row, joined by spaces or ASCII punctuation: English prose. A
 * Chinese line keeps single terms (AND, ARP, PTR, RFC 3021) and values, never a phrase.
 */
const ENGLISH_RUN = /[A-Za-z][\w'+-]*(?:[ ,;:]+[A-Za-z][\w'+-]*){2,}/;

/** Names a Chinese line keeps in English because they are the registry's own. */
const IANA_NAMES = ['System Ports', 'User Ports', 'Dynamic and/or Private Ports'];

/** A classify table row (four columns): its Name cell holds the registry's name of the block. */
function withoutRegistryName(line: string): string {
  const cells = line.split('│');
  return cells.length === 6 ? [...cells.slice(0, 2), '', ...cells.slice(3)].join('│') : line;
}

/** A range's service lines ("  20/tcp  FTP data") hold the services' names, which are values. */
const SERVICE_ROW = /^ {2}\d+\/(?:tcp|udp) /;

/**
 * The line with its values taken out: addresses and masks (hex or decimal with dots or colons,
 * such as ffff:ffff::) and the hosts' names A and B, so "B AND A 的掩码" counts as one term.
 */
function withoutValues(line: string): string {
  return IANA_NAMES.reduce((rest, name) => rest.replaceAll(name, '0'), line)
    .replace(/[\da-f]*(?:[:.|][\da-f]*)+/gi, ' 0 ')
    .replace(/\b[AB]\b/g, '0');
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
  ['port', '0'],
  ['port', '80'],
  ['port', '8080'],
  ['port', '60000'],
  ['port', '20-25'],
  ['port', '1000-60000'],
  ['port', '50000-60000'],
  ['port', 'ssh'],
  ['classify', '10.1.2.3'],
  ['classify', '8.8.8.8'],
  ['classify', '192.0.0.9'],
  ['classify', '::ffff:192.168.1.1'],
  ['classify', '64:ff9b::10.0.0.1'],
  ['classify', 'ff05::1'],
  ['classify', 'ff02::1'],
  ['classify', '3fff::1'],
  ['classify', '4000::1'],
  ['subnet', '10.0.0.0/24', '26'],
  ['subnet', '10.0.0.0/24', '--count', '3'],
  ['subnet', '10.0.0.0/8', '24', '--limit', '3'],
  ['subnet', '10.0.0.0/31', '32'],
  ['subnet', '2001:db8::/32', '48', '--limit', '2'],
  ['subnet', '10.0.0.5-10.0.0.20'],
  ['subnet', '10.0.0.5-10.0.0.5'],
  ['subnet', '2001:db8::5-2001:db8::ff'],
  ['summarize', '10.0.0.0/24', '10.0.1.0/24', '10.0.3.0/24'],
  ['summarize', '10.0.0.0/24'],
];

/** The registry's own footnote, quoted after "（IANA 原文）：", with the lines it wraps onto. */
function withoutRegistryNotes(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let inNote = false;
  for (const line of lines) {
    if (inNote && line.startsWith('    ')) continue;
    const at = line.indexOf('（IANA 原文）：');
    inNote = at >= 0;
    kept.push(inNote ? line.slice(0, at) : line);
  }
  return kept;
}

const label = (args: readonly string[]) => args.join(' ');

describe('the calculators speak Chinese under LANG=zh_CN.UTF-8', () => {
  test.for(ANSWERS.map((args) => [label(args), args] as const))(
    '%s: no English phrase, and no line over 80 columns',
    async ([, args]) => {
      const chinese = await runCli(args, { env: CHINESE });
      expect(chinese.code).toBe(0);
      const lines = chinese.stdout.trimEnd().split('\n');
      const prose = withoutRegistryNotes(lines).filter((line) => !SERVICE_ROW.test(line));
      expect(
        prose.filter((line) => ENGLISH_RUN.test(withoutValues(withoutRegistryName(line)))),
      ).toEqual([]);
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

/** The cells of a table's rows run together without spaces, so a wrapped cell reads whole. */
function cellText(table: string): string {
  return table.replace(/[│┌┐└┘├┤┬┴┼─\s]/g, '');
}

describe('netlab port describes every service of its table in Chinese', () => {
  const ports = [...new Set(PORT_SERVICES.map((service) => String(service.port)))];
  const words = (lang: string) =>
    readContentJson(`messages/${lang}/ports.json`) as Record<string, string>;

  test.for(PORT_SERVICES.map((service) => `${service.port}/${service.transport}`))(
    'netlab port shows the Chinese description of %s, not the English one',
    async (row) => {
      const chinese = await runCli(['port', row.split('/')[0] ?? ''], { env: CHINESE });
      expect(chinese.code).toBe(0);
      const cells = cellText(chinese.stdout);
      expect(cells).toContain(cellText(words('zh')[row] ?? 'missing'));
      expect(cells).not.toContain(cellText(words('en')[row] ?? 'missing'));
    },
  );

  test('netlab --json port gives the English descriptions in a Chinese environment', async () => {
    const chinese = await runCli(['--json', 'port', ...ports], { env: CHINESE });
    const english = await runCli(['--json', 'port', ...ports], { env: ENGLISH });
    expect(chinese.stdout).toBe(english.stdout);
    expect(chinese.stdout).toContain('"description":"Secure Shell remote login (RFC 4253)"');
  });
});
