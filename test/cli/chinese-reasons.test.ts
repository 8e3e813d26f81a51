import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** The environment of a student whose system speaks Chinese, or English. */
const CHINESE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };
const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };

/**
 * Three or more ASCII words in a row, joined by spaces or ASCII punctuation: English prose. Single
 * terms a Chinese line keeps (IPv4, inet_aton, MAC, CIDR, Cisco, --ipv6) are one word each.
 */
const ENGLISH_RUN = /[A-Za-z][\w'+-]*(?:[ ,;:]+[A-Za-z][\w'+-]*){2,}/;

/** The line with every quoted piece (the echoed input, a suggested spelling, a command) taken out. */
function withoutQuoted(line: string): string {
  return line.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

/** Bad inputs across the calculators, each refused with a reason from a different reader. */
const BAD_INPUTS: readonly (readonly string[])[] = [
  ['same-subnet', '192.168.01.5', '192.168.1.7', '/24'],
  ['same-subnet', '1.2.3.4', '::1', '/24'],
  ['same-subnet', '10.0.0.1/24', '10.0.0.2', '/24'],
  ['subnet', '10.0.0.1/33'],
  ['subnet', '10.0.0.1/'],
  ['subnet', '012.1.2.3/8'],
  ['subnet', '10.0.0.0/30', '--count', '9'],
  ['subnet', '10.0.0.0/24', '--count', '４'],
  ['mask', '255.0.255.0'],
  ['mask', '255.255.255'],
  ['mask', '/abc'],
  ['classify', '127.1'],
  ['classify', '0x7f000001'],
  ['classify', 'fe80::1%eth0'],
  ['classify', '::ffff:1.2.3.999'],
  ['classify', 'www.example.com'],
  ['port', '0x50'],
  ['port', '1024-80'],
  ['port', '1e3'],
  ['mac', '00:1a-2b:3c:4d:5e'],
  ['mac', '0:1a:2b:3c:4d:5e'],
  ['mac', '001a.2b3c.4d'],
  ['send', '--to', '127.0.0.1', 'notes.txt'],
  ['send', '--to', '::1:9518', 'notes.txt'],
  ['send', '--to', '127.0.0.1:0', 'notes.txt'],
  ['send', '--to', 'localhost:0x50', 'notes.txt'],
];

describe('a refused value is explained in Chinese under a Chinese locale', () => {
  test('the line of issue 10 is Chinese from end to end', async () => {
    const zh = await runCli(['same-subnet', '192.168.01.5', '192.168.1.7', '/24'], {
      env: CHINESE,
    });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      'netlab: 无法解析地址 "192.168.01.5"：段 "01" 以 0 开头，inet_aton 会按八进制读它（这里两种读法都得到 192.168.1.5，但 010 会读成 8）；请去掉每段开头的 0\n',
    );
  });

  test('the English-prose check finds the English line of each case', async () => {
    const en = await runCli(['mask', '255.0.255.0'], { env: ENGLISH });
    expect(withoutQuoted(en.stderr)).toMatch(ENGLISH_RUN);
  });

  test.for(BAD_INPUTS.map((args) => [args.join(' '), args] as const))(
    'netlab %s leaves no English prose in the Chinese line',
    async ([, args]) => {
      const [zh, en] = await Promise.all([
        runCli([...args, '--json'], { env: CHINESE }),
        runCli([...args, '--json'], { env: ENGLISH }),
      ]);
      expect([zh.code, en.code]).toEqual([2, 2]);
      const line = zh.stderr.replace(/\n$/, '');
      expect(line).not.toContain('\n');
      expect(line).toMatch(/^netlab: \S*[\u4e00-\u9fff]/u);
      expect(withoutQuoted(line)).not.toMatch(ENGLISH_RUN);
      // The record is the same English one, with the code, whatever the language.
      expect(zh.stdout).toBe(en.stdout);
      expect(JSON.parse(zh.stdout).error.message).toBe(en.stderr.replace(/^netlab: |\n$/g, ''));
      expect(withoutQuoted(en.stderr)).toMatch(ENGLISH_RUN);
    },
  );
});
