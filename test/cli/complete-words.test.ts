import { describe, expect, onTestFinished, test } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { completeWords } from '../../src/cli/complete-words.js';
import type { CommandContext } from '../../src/core/command-context.js';
import { CONTENT_DIR_VARIABLE } from '../../src/core/content-file.js';
import { InputError } from '../../src/core/errors.js';
import { DEMO_NAMES } from '../../src/demos/demo-options.js';
import { EXPERIMENTS, LAB_VERBS } from '../../src/lab/experiment-ids.js';
import { type LabArgs, runLabCommand } from '../../src/lab/lab-cli.js';
import { BUILT_IN_TOPOLOGIES } from '../../src/lab/load-topology.js';
import { LESSONS } from '../../src/lessons/catalog.js';
import { TOPICS } from '../../src/practice/topics/index.js';
import { useContentFolder } from '../helpers/lesson-content.js';

const LESSON_IDS = LESSONS.map((lesson) => lesson.id);
const TOPIC_IDS = TOPICS.map((topic) => topic.id);

/** The words after `netlab` on a line, the last one being typed, as one string for a test name. */
const shown = (words: readonly string[]) => words.map((word) => word || '""').join(' ');

/** Table rows with their line in the name: `netlab demo --role ''`. */
function cases<T>(rows: readonly (readonly [readonly string[], T])[]) {
  return rows.map(([words, expected]) => ({ line: shown(words), words, expected }));
}

describe('completeWords() names the values a word can take', () => {
  test.for(
    cases<readonly string[]>([
      [['demo', ''], DEMO_NAMES],
      [['demo', 's'], ['sticky']],
      [['demo', 'zz'], []],
      [['demo', '--broken', ''], DEMO_NAMES],
      [['demo', '--port', '9000', ''], DEMO_NAMES],
      [
        ['demo', '--role', ''],
        ['server', 'client'],
      ],
      [['demo', '--role', 'c'], ['client']],
      [['demo', '--role', '=', 's'], ['server']],
      [
        ['chat', '--role', ''],
        ['server', 'client'],
      ],
      [['lesson', ''], LESSON_IDS],
      [
        ['lesson', 'a'],
        ['architecture', 'addresses', 'arp'],
      ],
      [['--lang', 'zh', 'lesson', ''], LESSON_IDS],
      [['lesson', '--no-pause', ''], LESSON_IDS],
      [
        ['lesson', '--export', ''],
        ['md', 'html'],
      ],
      [['lesson', '--lang=z'], ['--lang=zh']],
      [
        ['lab', ''],
        [...LAB_VERBS, ...EXPERIMENTS],
      ],
      [['lab', 'up', ''], BUILT_IN_TOPOLOGIES],
      [['lab', '--name', 'class', 'up', 't'], ['two-lans']],
      [['lab', 'run', 'A', '--', ''], []],
      [
        ['practice', ''],
        ['grade', 'sheet', ...TOPIC_IDS],
      ],
      [['practice', 'subnet', ''], TOPIC_IDS.filter((id) => id !== 'subnet')],
      [['practice', 'sheet', 'v'], ['vlsm']],
      [['practice', 'grade', ''], []],
      [
        ['practice', '--level', ''],
        ['easy', 'medium', 'hard'],
      ],
      [
        ['practice', '--format', ''],
        ['md', 'gift'],
      ],
      [
        ['practice', '--topic', 'm'],
        ['mask', 'mac'],
      ],
      [['practice', '--seed', ''], []],
      [
        ['subnet', '--lang', ''],
        ['en', 'zh'],
      ],
      [
        ['--lang', ''],
        ['en', 'zh'],
      ],
      [['lab'], ['lab']],
    ]),
  )('netlab $line', async ({ words, expected }) => {
    expect(await completeWords(words, commands)).toEqual(expected);
  });
});

describe('completeWords() leaves command and option names to yargs', () => {
  test.for(
    cases(
      [
        [],
        [''],
        ['sub'],
        ['subnet', '--c'],
        ['demo', '--role', '--b'],
        ['demo', 'tcp', ''],
        ['lesson', 'arp', ''],
        ['subnet', '10.0.0.0/8', ''],
      ].map((words) => [words, undefined] as const),
    ),
  )('netlab $line', async ({ words }) => {
    expect(await completeWords(words, commands)).toBeUndefined();
  });
});

test('--lang offers a language added as lesson files to lesson and tour, not to other commands', async () => {
  const saved = process.env[CONTENT_DIR_VARIABLE];
  onTestFinished(() => {
    if (saved === undefined) delete process.env[CONTENT_DIR_VARIABLE];
    else process.env[CONTENT_DIR_VARIABLE] = saved;
  });
  useContentFolder({ 'lessons/nl/arp.md': '' });
  expect(await completeWords(['lesson', '--lang', ''], commands)).toEqual(['en', 'zh', 'nl']);
  expect(await completeWords(['tour', '--lang', 'n'], commands)).toEqual(['nl']);
  expect(await completeWords(['subnet', '--lang', ''], commands)).toEqual(['en', 'zh']);
});

test('the lab verbs offered are the ones netlab lab accepts', async () => {
  const args: LabArgs = {
    what: 'no-such-verb',
    rest: [],
    name: 'default',
    on: undefined,
    pcap: undefined,
    seconds: undefined,
    foreground: false,
  };
  const refusal = await runLabCommand(args, {} as CommandContext).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(InputError);
  expect((refusal as InputError).params.verbs).toBe(LAB_VERBS.join(', '));
});
