import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { NETLAB_BIN } from '../helpers/run-cli.js';
import { docPages } from './doc-pages.js';
import { DETERMINISTIC_COMMANDS, type ReadmeExample, readmeExamples } from './readme-examples.js';

/** README.md and the manual's pages in docs/, each with the `$ netlab` examples it shows. */
const pages = docPages().map((page) => ({ ...page, examples: readmeExamples(page.text) }));
const examples = pages.flatMap((page) => page.examples.map((example) => ({ page, example })));

/** One row of the README's "Commands at a glance": its example and the page that shows it. */
interface CommandRow {
  readonly example: string;
  readonly page: string;
}

/** The rows of the README's command table: the `example` cell and the page of the `manual` cell. */
function commandRows(readme: string): CommandRow[] {
  const start = readme.indexOf('## Commands at a glance');
  const end = readme.indexOf('\n## ', start + 1);
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\| (group|---) /.test(line))
    .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()))
    .map((cells) => ({
      example: /^`([^`]+)`$/.exec(cells[4] ?? '')?.[1] ?? '',
      page: /\]\(([^)#]+)/.exec(cells[5] ?? '')?.[1] ?? '',
    }));
}

/** Whether a page shows a command: as a `$ ` line (perhaps piped into, or with a comment) or in code. */
function shows(text: string, command: string): boolean {
  return text
    .split('\n')
    .some(
      (line) =>
        (line.startsWith('$ ') && line.includes(command)) || line.includes(`\`${command}\``),
    );
}

/** The environment of a reader: English, no colour (the output goes to a pipe anyway). */
function readerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.FORCE_COLOR;
  return env;
}

/** Runs the built netlab with stdout and stderr on one pipe, in the order a terminal shows them. */
function replay(example: ReadmeExample): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/bin/sh',
      ['-c', 'exec "$@" 2>&1', 'sh', process.execPath, NETLAB_BIN, ...example.args],
      { env: readerEnv(), stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
    child.stdin.end(example.input);
  });
}

/** Trailing white space of each line and trailing blank lines do not count. */
function normalised(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

/** An example's command prints what the page shows (its first lines, for an excerpt) and exits so. */
async function expectReplayed(example: ReadmeExample): Promise<void> {
  const result = await replay(example);
  const output = normalised(result.output);
  const shown = example.excerpt
    ? output.split('\n').slice(0, example.output.split('\n').length).join('\n')
    : output;
  expect(shown).toBe(example.output);
  expect(result.code).toBe(example.exitCode);
}

describe('README and docs/ examples', () => {
  test('every calculator and simulation has a checked example in the README or in docs/', () => {
    const shown = new Set(
      examples.map(({ example }) => example.args.find((a) => !a.startsWith('-'))),
    );
    expect([...DETERMINISTIC_COMMANDS].filter((name) => !shown.has(name))).toEqual([]);
  });

  test.for(
    examples.map(
      ({ page, example }) => [page.path, example.line, example.command, example] as const,
    ),
  )('%s line %i: $ %s prints what the page shows', async ([, , , example]) =>
    expectReplayed(example),
  );
});

describe('README "Commands at a glance"', () => {
  const readme = pages.find((page) => page.path === 'README.md')?.text ?? '';
  const rows = commandRows(readme);

  test('has one example and one manual page for each row', () => {
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((row) => row.example === '' || row.page === '')).toEqual([]);
  });

  test('each example is shown on the page its row links to, and replayed there if it can be', () => {
    const unshown = rows.filter((row) => {
      const page = pages.find((candidate) => candidate.path === row.page);
      if (page === undefined) return true;
      const name = row.example.split(' ').find((word, i) => i > 0 && !word.startsWith('-'));
      if (name === undefined || !DETERMINISTIC_COMMANDS.has(name))
        return !shows(page.text, row.example);
      return !page.examples.some((example) => example.command === row.example);
    });
    expect(unshown).toEqual([]);
  });
});

describe('readmeExamples() finds what can be replayed', () => {
  const sample = [
    'Text.',
    '```console',
    '$ cat cases.txt',
    '10.0.0.1/8',
    '$ netlab subnet --stdin < cases.txt',
    '10.0.0.1/8: answer   ',
    '$ echo $?',
    '0',
    "$ printf '1.2.3.4\\n127.1\\n' | netlab --json classify --stdin",
    '{"a":1}',
    'netlab: refused',
    '$ netlab port --check 80',
    'free',
    '$ netlab demo tcp',
    'sockets',
    '$ echo $?',
    '0',
    '```',
    '```text',
    '$ netlab mask /24',
    'a text block is not replayed',
    '```',
  ].join('\n');

  test('readmeExamples() keeps calculator runs and leaves out demos, --check and other blocks', () => {
    expect(readmeExamples(sample)).toEqual([
      {
        line: 5,
        command: 'netlab subnet --stdin < cases.txt',
        args: ['subnet', '--stdin'],
        input: '10.0.0.1/8\n',
        output: '10.0.0.1/8: answer',
        excerpt: false,
        exitCode: 0,
      },
      {
        line: 9,
        command: "printf '1.2.3.4\\n127.1\\n' | netlab --json classify --stdin",
        args: ['--json', 'classify', '--stdin'],
        input: '1.2.3.4\n127.1\n',
        output: '{"a":1}\nnetlab: refused',
        excerpt: false,
        exitCode: 2,
      },
    ]);
  });

  test('readmeExamples() reads a last line "..." as an excerpt of the output', () => {
    const markdown = ['```console', '$ netlab arp', 'LAN', '...', '```'];
    expect(readmeExamples(markdown.join('\n'))[0]).toMatchObject({ output: 'LAN', excerpt: true });
  });

  test('readmeExamples() takes the exit code from a following echo $?', () => {
    const markdown = [
      '```console',
      '$ netlab mask 255.0.255.0',
      'netlab: no',
      '$ echo $?',
      '7',
      '```',
    ];
    expect(readmeExamples(markdown.join('\n'))[0]?.exitCode).toBe(7);
  });
});
