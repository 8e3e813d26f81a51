import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** The environment of a student whose system speaks Chinese, or English. */
const CHINESE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };
const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };

describe('lab and practice errors speak the student’s language', () => {
  test.for([
    [
      ['practice', 'nosuchtopic'],
      'netlab: 无法练习主题 "nosuchtopic"：没有这个主题；请从 subnet, same-subnet, mask, classify, ports, mac, binary, tcp, arp, vlsm 中选择\n',
    ],
    [
      ['practice', '--seed', ''],
      'netlab: 无法使用种子 ""：它是空的；请给出学号或一个词，例如 s1234\n',
    ],
    [
      ['practice', 'grade'],
      'netlab: practice grade 需要一个答案文件，例如 "netlab practice grade answers.txt --seed s1234"；主题用 --topic 指定\n',
    ],
    [
      ['practice', 'sheet', '--format', 'pdf'],
      'netlab: 无法把练习卷写成 "pdf"：请选择 md 或 gift\n',
    ],
    [
      ['lab', 'nosuchverb'],
      'netlab: 无法执行 lab "nosuchverb"：请选择一个动作（up, down, status, run, shell, capture）或一个实验（arp, gateway, tcp, sticky, udp, chat, transfer, bind）\n',
    ],
    [['lab', 'up', 'lan', 'two-lans'], 'netlab: 一次只能启动一个拓扑：给了 lan two-lans\n'],
    [
      ['lab', 'up', 'nope.yaml'],
      'netlab: 无法读取拓扑 "nope.yaml"：没有这个文件；请给出一个文件，或 lan, two-lans 之一\n',
    ],
  ] as const)('%o is refused in Chinese under LANG=zh_CN.UTF-8', async ([args, line]) => {
    const result = await runCli(args, { env: CHINESE });
    expect([result.code, result.stderr]).toEqual([2, line]);
  });

  test.for([
    ['practice', 'nosuchtopic', '--json'],
    ['practice', '--seed', '', '--json'],
    ['lab', 'nosuchverb', '--json'],
  ])('%o writes the same English --json record in both languages', async (args) => {
    const zh = await runCli(args, { env: CHINESE });
    const en = await runCli(args, { env: ENGLISH });
    expect(zh.stderr).toMatch(/^netlab: 无法/);
    expect(zh.stdout).toBe(en.stdout);
    const { error } = JSON.parse(zh.stdout) as { error: { code: string; message: string } };
    expect(en.stderr).toBe(`netlab: ${error.message}\n`);
  });

  test('an empty --seed has its own code, and its English message says why', async () => {
    const { stdout } = await runCli(['practice', '--seed', '', '--json'], { env: CHINESE });
    expect(JSON.parse(stdout)).toEqual({
      error: {
        code: 'seed-empty',
        message: 'cannot use seed "": it is empty; give a student id or a word such as s1234',
      },
    });
  });
});
