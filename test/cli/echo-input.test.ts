import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** No raw control or invisible character reaches the terminal. */
const RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

function expectOneSafeLine(stderr: string): void {
  const [line, rest] = stderr.split('\n');
  expect(rest).toBe('');
  expect(line).not.toMatch(RAW);
}

describe('messages echo input escaped and cut (built binary)', () => {
  const tries: readonly (readonly [readonly string[], string])[] = [
    [['classify', '10.0.0.1\x1b[2J'], 'cannot parse address "10.0.0.1\\x1b[2J"'],
    [['subnet', '\u200b10.0.0.1/24'], 'cannot parse address "\\u200b10.0.0.1"'],
    [['mac', '02:00:00:00:00:0\u202e1'], '"\\u202e" (U+202E) is not a hex digit'],
    [['port', '80\u200b'], '"\\u200b" is not a decimal digit'],
    [['same-subnet', '10.0.0.1/24', '\ufeff10.0.0.2/24'], '"\\ufeff10.0.0.2"'],
    [['cla\x1bssify'], 'unknown command "cla\\x1bssify"'],
    [['classify', '--x\x1by'], 'unknown argument: x\\x1by'],
  ];
  test.for(tries)('netlab %j names the value escaped', async ([args, shown]) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(shown);
    expectOneSafeLine(result.stderr);
  });

  test('a 100,000-character value is cut with its length, never echoed whole', async () => {
    const result = await runCli(['classify', '1'.repeat(100_000)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^netlab: cannot parse address a 100,000-character value starting "1{64}…": /,
    );
    expect(result.stderr.length).toBeLessThan(300);
  });

  test('under a Chinese locale the cut value is named in Chinese, in the error line and --stdin alike', async () => {
    const zh = { env: { LANG: 'zh_CN.UTF-8' } };
    const named = /一个长 100,000 个字符、开头为 "1{64}…" 的值/;
    const result = await runCli(['classify', '1'.repeat(100_000)], zh);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(named);
    expect(result.stderr).not.toContain('character value');
    const batch = await runCli(['classify', '--stdin'], { ...zh, input: `${'1'.repeat(1000)}\n` });
    expect(batch.stderr).toMatch(/^netlab: line 1: .*一个长 1,000 个字符、开头为 "1{64}…" 的值/);
  });

  test('netlab classify 0400.0.0.1 says 0400 is octal 256, over 255', async () => {
    const result = await runCli(['classify', '0400.0.0.1']);
    expect(result.stderr).toContain('inet_aton refuses it (0400 is octal 256, over 255)');
    expect(result.stderr).not.toContain('not an octal number');
  });

  test('netlab subnet 10.0.0.1/ 8 is told about the space, not that / already gives the mask', async () => {
    const result = await runCli(['subnet', '10.0.0.1/', '8']);
    expect(result.stderr).toBe(
      'netlab: cannot read "10.0.0.1/": nothing follows "/"; a space splits it from "8"; write "10.0.0.1/8" with no space\n',
    );
    expect(result.code).toBe(2);
  });

  test('netlab same-subnet 10.0.0.1/ 8 10.0.0.2/8 is told about the space too', async () => {
    const result = await runCli(['same-subnet', '10.0.0.1/', '8', '10.0.0.2/8']);
    expect(result.stderr).toContain('a space splits it from "8"');
  });
});

describe('a byte-order mark opening a line: one rule in every --stdin mode', () => {
  const modes: readonly (readonly [string, string])[] = [
    ['classify', '10.0.0.1'],
    ['subnet', '10.0.0.1/24'],
    ['same-subnet', '10.0.0.1/24 10.0.0.2/24'],
    ['mac', '02:00:00:00:00:01'],
  ];
  test.for(modes)('%s --stdin drops a BOM at the start of any line', async ([command, line]) => {
    const plain = await runCli([command, '--stdin'], { input: `${line}\n${line}\n` });
    const marked = await runCli([command, '--stdin'], {
      input: `\ufeff${line}\n\ufeff${line}\n`,
    });
    expect(plain.code).toBe(0);
    expect(marked).toEqual(plain);
  });

  test.for(modes)(
    '%s --stdin refuses a BOM elsewhere in a line, escaped',
    async ([command, line]) => {
      const result = await runCli([command, '--stdin'], { input: `${line}\ufeff\n` });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^netlab: line 1: .*\\ufeff/);
      expectOneSafeLine(result.stderr);
    },
  );
});
