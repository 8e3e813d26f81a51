import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { spawnCli } from '../helpers/spawn-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'netlab-practice-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface KeyRow {
  n: number;
  topic: string;
  level: string;
  ask: string;
  given: Record<string, unknown>;
  prompt: string;
  answer?: string;
}

async function key(args: readonly string[]): Promise<KeyRow[]> {
  const { stdout, code } = await runCli(['practice', ...args, '--json', '--answers']);
  expect(code).toBe(0);
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as KeyRow);
}

describe('netlab practice --json', () => {
  test("emits one row per question with exactly the graders' keys, and no answer without --answers", async () => {
    const { stdout } = await runCli(['practice', '--seed', 's1', '--count', '3', '--json']);
    const rows = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as KeyRow);
    expect(rows.map((row) => Object.keys(row))).toEqual(
      Array(3).fill(['n', 'topic', 'level', 'ask', 'given', 'prompt']),
    );
  });

  test('gives the same rows whatever --lang says', async () => {
    expect(await key(['--seed', 's1', '--count', '5', '--lang', 'zh'])).toEqual(
      await key(['--seed', 's1', '--count', '5']),
    );
  });
});

describe('netlab practice, a scripted session', () => {
  test('checks right, wrong and unparsable answers, explains, and sums up (English)', async () => {
    const rows = await key(['subnet', '--seed', 's2', '--count', '2']);
    const input = `${rows[0]?.answer}\nnot-an-answer\n0.0.0.0\n`;
    const { stdout, code } = await runCli(
      ['practice', 'subnet', '--seed', 's2', '--count', '2', '--lang', 'en'],
      { input },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Right. Streak: 1.');
    expect(stdout).toContain('"not-an-answer" is not');
    expect(stdout).toContain(`Not quite: the answer is ${rows[1]?.answer}.`);
    expect(stdout).toContain('Score: 1 of 2 questions right.');
    expect(stdout).toContain('  subnet: 1/2');
    expect(stdout).toContain('[1/2] subnet · easy');
  });

  test('speaks Chinese with --lang zh', async () => {
    const rows = await key(['mask', '--seed', 's3', '--count', '1']);
    const { stdout } = await runCli(
      ['practice', 'mask', '--seed', 's3', '--count', '1', '--lang', 'zh'],
      {
        input: `${rows[0]?.answer}\n`,
      },
    );
    expect(stdout).toContain('正确。连对：1。');
    expect(stdout).toContain('[1/1] 掩码 · 简单');
    expect(stdout).toContain('得分：共 1 题，答对 1 题。');
    expect(stdout).toContain('  掩码：1/1');
  });

  test('Ctrl-C ends the drill with the summary so far', async () => {
    const cli = spawnCli(['practice', '--seed', 's4', '--count', '5']);
    await cli.waitForStdout((out) => (out.includes('> ') ? true : undefined));
    cli.child.kill('SIGINT');
    const exit = await cli.exit;
    expect(exit.stdout).toContain('Score: 0 of 0 questions right.');
    expect(exit.code).toBe(130);
  });
});

describe('netlab practice grade', () => {
  test('grades right, wrong, unparsed and missing answers, then the total', async () => {
    const rows = await key(['subnet', '--seed', 'class-7', '--count', '4']);
    const file = join(folder, 'answers.txt');
    writeFileSync(file, `${rows[0]?.answer}\n0.0.0.1\nbanana\n\n`);
    const { stdout, code } = await runCli([
      'practice',
      'grade',
      file,
      '--seed',
      'class-7',
      '--count',
      '4',
      '--topic',
      'subnet',
      '--json',
    ]);
    expect(code).toBe(0);
    const graded = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(graded.map((row) => row.verdict)).toEqual([
      'right',
      'wrong',
      'unparsed',
      'missing',
      undefined,
    ]);
    expect(graded[1]?.answer).toBe(rows[1]?.answer);
    expect(typeof graded[1]?.why).toBe('string');
    expect(graded.at(-1)).toEqual({ score: 1, total: 4 });
  });

  test('reads NDJSON rows with n and answer', async () => {
    const rows = await key(['binary', '--seed', 'b', '--count', '2']);
    const file = join(folder, 'answers.ndjson');
    writeFileSync(file, `${JSON.stringify({ n: 2, answer: rows[1]?.answer })}\n`);
    const { stdout } = await runCli([
      'practice',
      'grade',
      file,
      '--seed',
      'b',
      '--count',
      '2',
      '--topic',
      'binary',
    ]);
    expect(stdout).toMatch(/^1\. missing/);
    expect(stdout).toContain('Total: 1/2');
  });
});

/**
 * A GIFT reader from Moodle's documented grammar: questions are separated by blank lines, "//"
 * starts a comment line, "::name::" names a question, "[plain]" sets its format, the answers sit
 * in "{...}": "=" right and "~" wrong (multiple choice, or short answer when all are "="), "#"
 * numerical, TRUE/FALSE, "####" general feedback; "\" escapes ~ = # { } :.
 */
function parseGift(text: string) {
  const unescapeGift = (part: string) => part.replaceAll(/\\([~=#{}:\\])/g, '$1');
  const blocks = text.split(/\n\s*\n/).map((block) =>
    block
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n')
      .trim(),
  );
  return blocks
    .filter((block) => block !== '')
    .map((block) => {
      const named = /^::((?:\\.|[^:\\])*)::(\[plain\])?/.exec(block);
      if (named === null) throw new Error(`no question name: ${block}`);
      const rest = block.slice(named[0].length);
      const open = rest.search(/(?<!\\)\{/);
      const close = rest.search(/(?<!\\)\}\s*$/);
      if (open < 0 || close < open) throw new Error(`no answer block: ${block}`);
      const [body = '', feedback = ''] = rest.slice(open + 1, close).split('####');
      const inner = body.trim();
      let type: string;
      let right: string[] = [];
      let wrong: string[] = [];
      if (/^(TRUE|FALSE|T|F)$/.test(inner)) {
        type = 'truefalse';
        right = [inner.startsWith('T') ? 'true' : 'false'];
      } else if (inner.startsWith('#')) {
        type = 'numerical';
        right = [inner.slice(1)];
      } else {
        const answers = inner
          .split(/(?<!\\)(?=[=~])/)
          .map((part) => part.trim())
          .filter((part) => part !== '');
        right = answers.filter((a) => a.startsWith('=')).map((a) => unescapeGift(a.slice(1)));
        wrong = answers.filter((a) => a.startsWith('~')).map((a) => unescapeGift(a.slice(1)));
        type = wrong.length > 0 ? 'multichoice' : 'shortanswer';
      }
      return {
        name: unescapeGift(named[1] ?? ''),
        text: unescapeGift(rest.slice(0, open).trim()),
        type,
        right,
        wrong,
        feedback: unescapeGift(feedback),
      };
    });
}

describe('netlab practice sheet', () => {
  test('writes a GIFT quiz that reads back with the key as its right answers', async () => {
    const rows = await key(['--seed', 'moodle', '--count', '20', '--level', 'medium']);
    const { stdout, code } = await runCli([
      'practice',
      'sheet',
      '--seed',
      'moodle',
      '--count',
      '20',
      '--level',
      'medium',
      '--format',
      'gift',
    ]);
    expect(code).toBe(0);
    const questions = parseGift(stdout);
    expect(questions.map((q) => q.name)).toEqual(rows.map((row) => `netlab-moodle-${row.n}`));
    for (const [index, question] of questions.entries()) {
      const row = rows[index] as KeyRow;
      const expected =
        question.type === 'truefalse' ? (row.answer === 'yes' ? 'true' : 'false') : row.answer;
      if (question.type === 'multichoice') expect(question.right).toHaveLength(1);
      else expect(question.right[0]).toBe(expected);
      expect(question.feedback).not.toBe('');
    }
  });

  test('writes a Markdown sheet with its key', async () => {
    const { stdout } = await runCli([
      'practice',
      'sheet',
      'binary',
      '--seed',
      'md',
      '--count',
      '2',
    ]);
    expect(stdout).toMatch(/^# netlab practice sheet \(seed md, level easy\)/);
    expect(stdout).toContain('## Key');
  });

  test('with --json prints the rows of the sheet, with --answers its key, as practice --json does', async () => {
    const settings = ['--seed', 'js', '--count', '3', '--level', 'medium'];
    const sheet = await runCli(['practice', 'sheet', 'binary', 'mask', ...settings, '--json']);
    const drill = await runCli(['practice', 'binary', 'mask', ...settings, '--json']);
    expect([sheet.code, sheet.stderr]).toEqual([0, '']);
    expect(sheet.stdout).toBe(drill.stdout);
    expect(sheet.stdout).not.toContain('"answer"');
    const rows = await key(['binary', 'mask', ...settings]);
    const keyed = await runCli([
      'practice',
      'sheet',
      'binary',
      'mask',
      ...settings,
      '--json',
      '--answers',
    ]);
    expect(
      keyed.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(rows);
  });
});

describe('netlab practice refuses bad input', () => {
  test.for([
    [['practice', 'dns'], 'netlab: cannot practise topic "dns": there is no such topic'],
    [
      ['practice', '--level', 'expert'],
      'netlab: cannot use level "expert": choose from easy, medium, hard',
    ],
    [
      ['practice', '--seed', 'a b', '--json'],
      'netlab: cannot use seed "a b": it has a space or control character',
    ],
    [['practice', '--json'], 'netlab: practice --json needs --seed'],
    [['practice', '--count', '0'], 'netlab: cannot ask "0" questions'],
  ] as const)('%o exits 2 with one netlab: line', async ([args, line]) => {
    const { stderr, code } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr.startsWith(line)).toBe(true);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
