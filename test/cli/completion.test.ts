import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { LESSONS } from '../../src/lessons/catalog.js';
import { NETLAB_BIN, runCli, runProgram } from '../helpers/run-cli.js';

/** The shell a completion script runs in: bash's answers are bare words, one a line. */
const BASH = { SHELL: '/bin/bash' };

/** What the built netlab answers when bash asks for the words that may end `netlab ...words`. */
function ask(words: readonly string[]) {
  return runCli(['--get-yargs-completions', 'netlab', ...words], { env: BASH });
}

/** A word list as a test name shows it, the word being typed as `""` when it is empty. */
const shown = (words: readonly string[]) => words.map((word) => word || '""').join(' ');

describe('the built netlab answers a completion request with the words that fit', () => {
  test.for(
    [
      [
        ['demo', ''],
        ['tcp', 'sticky', 'udp', 'ports', 'bind', 'http', 'transfer'],
      ],
      [['lesson', ''], LESSONS.map((lesson) => lesson.id)],
      [
        ['lab', ''],
        [
          ...['up', 'down', 'status', 'run', 'shell', 'capture'],
          ...['arp', 'gateway', 'tcp', 'sticky', 'udp', 'chat', 'transfer', 'bind'],
        ],
      ],
      [
        ['lab', 'up', ''],
        ['lan', 'two-lans'],
      ],
      [
        ['practice', ''],
        [
          ...['grade', 'sheet', 'subnet', 'same-subnet', 'mask', 'classify'],
          ...['ports', 'mac', 'binary', 'tcp', 'arp', 'vlsm'],
        ],
      ],
      [
        ['demo', 'tcp', '--role', ''],
        ['server', 'client'],
      ],
      [
        ['lesson', 'arp', '--lang', ''],
        ['en', 'zh'],
      ],
      [['practice', '--level', 'm'], ['medium']],
      [
        ['practice', 'sheet', '--format', ''],
        ['md', 'gift'],
      ],
      [
        ['lesson', '--export', ''],
        ['md', 'html'],
      ],
      [
        ['subnet', '--c'],
        ['--color', '--count'],
      ],
      [['de'], ['demo']],
    ].map(([words, expected]) => ({ line: shown(words ?? []), words, expected })),
  )('netlab $line', async ({ words, expected }) => {
    const result = await ask(words ?? []);
    expect(result).toEqual({ code: 0, stdout: `${(expected ?? []).join('\n')}\n`, stderr: '' });
  });
});

describe('a half-typed line gets words or nothing, never an error', () => {
  test.for(
    [
      ['lesson', '--lang', ''],
      ['lesson', '--lang', 'zz', ''],
      ['subnet', '--lang=x'],
      ['demo', '--port', '1', '--port', '2', ''],
      ['chat', ''],
      ['lab', ''],
      ['frobnicate', ''],
      ['demo', '--bogus', ''],
      ['send', '--to', ''],
      ['lab', 'run', 'A', '--', 'ping', ''],
      ['practice', 'grade', ''],
      ['--json', '--json', ''],
    ].map((words) => ({ line: shown(words), words })),
  )('netlab $line', async ({ words }) => {
    const result = await ask(words);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  });
});

/** Prints the words a bash completion function left in COMPREPLY, one a line. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: bash's own expansion, not a template
const PRINT_REPLY = 'printf "%s\\n" "${COMPREPLY[@]}"';

/** Whether bash is installed, to run the script `netlab completion` prints. */
function hasBash(): boolean {
  try {
    execFileSync('bash', ['-c', 'true']);
    return true;
  } catch {
    return false;
  }
}

test.skipIf(!hasBash())(
  'the script netlab completion prints completes a demo name in bash',
  async () => {
    // The script calls `netlab` by name: put one on PATH that runs the built binary.
    const bin = mkdtempSync(join(tmpdir(), 'netlab-completion-'));
    onTestFinished(() => rmSync(bin, { recursive: true, force: true }));
    writeFileSync(
      join(bin, 'netlab'),
      `#!/bin/sh\nexec "${process.execPath}" "${NETLAB_BIN}" "$@"\n`,
    );
    chmodSync(join(bin, 'netlab'), 0o755);
    const script = [
      'source <(netlab completion)',
      'COMP_WORDS=(netlab demo s); COMP_CWORD=2; _netlab_yargs_completions',
      PRINT_REPLY,
      'COMP_WORDS=(netlab lab up ""); COMP_CWORD=3; _netlab_yargs_completions',
      PRINT_REPLY,
    ].join('\n');
    const result = await runProgram('bash', ['-c', script], {
      env: { ...BASH, PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    expect(result).toEqual({ code: 0, stdout: 'sticky\nlan\ntwo-lans\n', stderr: '' });
  },
);
