import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { NETLAB_BIN } from '../helpers/run-cli.js';
import { DETERMINISTIC_COMMANDS, type ReadmeExample, readmeExamples } from './readme-examples.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = readmeExamples(README);

/** The manual's pages in docs/, whose `$ netlab` examples are replayed like the README's. */
const DOCS = new URL('../../docs/', import.meta.url);
const docExamples = readdirSync(DOCS)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) =>
    readmeExamples(readFileSync(new URL(name, DOCS), 'utf8')).map((example) => ({
      page: `docs/${name}`,
      example,
    })),
  );

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

describe('README examples', () => {
  test('every calculator and simulation has a checked example in the README', () => {
    const shown = new Set(examples.map((example) => example.args.find((a) => !a.startsWith('-'))));
    expect([...DETERMINISTIC_COMMANDS].filter((name) => !shown.has(name))).toEqual([]);
  });

  test.for(examples.map((example) => [example.line, example.command, example] as const))(
    'README line %i: $ %s prints what the README shows',
    async ([, , example]) => expectReplayed(example),
  );

  test.for(
    docExamples.map(({ page, example }) => [page, example.line, example.command, example] as const),
  )('%s line %i: $ %s prints what the page shows', async ([, , , example]) =>
    expectReplayed(example),
  );
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
