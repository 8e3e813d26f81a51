import { describe, expect, test } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { commandName } from '../../src/cli/menu.js';
import { LANGS } from '../../src/core/lang.js';
import { DEMO_NAMES } from '../../src/demos/demo-options.js';
import { EXPERIMENTS } from '../../src/lab/experiment-ids.js';
import { LEVELS } from '../../src/practice/drill.js';
import { TOPICS } from '../../src/practice/topics/index.js';
import { englishRuns } from '../helpers/english-runs.js';
import { recordHelp } from '../helpers/help-recorder.js';
import { runCli } from '../helpers/run-cli.js';

/** A Chinese locale, with nothing above LANG to override it. */
const CHINESE = { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/**
 * The words a user types, which stay as they are in every language: netlab's commands, their
 * options, positionals and choices, the values the help texts list (demos, lab verbs and
 * experiments, languages), practice topics and levels; then the few words the help texts give as
 * typed that live in no table (roles, practice's grade and sheet, keys) and product names.
 */
function typedWords(): ReadonlySet<string> {
  const recorded = commands.map((command) => recordHelp(command.builder));
  const listed = recorded.flatMap(({ lookups }) =>
    lookups.flatMap(({ params }) =>
      Object.values(params).flatMap((value) => String(value).split(/[\s,]+/)),
    ),
  );
  return new Set(
    [
      'netlab',
      ...commands.flatMap((command) => [commandName(command), ...(command.aliases ?? [])]),
      ...recorded.flatMap(({ names, choices }) => [...names, ...choices]),
      ...listed,
      ...DEMO_NAMES,
      ...EXPERIMENTS,
      ...LANGS,
      ...LEVELS,
      ...TOPICS.map((topic) => topic.id),
      ...['server', 'client', 'grade', 'sheet', 'ctrl-c', 'enter', 'esc'],
      ...['wireshark', 'tshark', 'moodle', 'markdown', 'cisco', 'root'],
    ].map((word) => word.toLowerCase()),
  );
}

const names = typedWords();

describe('the English-run rule', () => {
  test('finds prose, also beside a command name', () => {
    expect(
      englishRuns(
        '      --seed        the same seed gives the same questions (a student id)',
        names,
      ),
    ).toEqual(['the same seed gives the same questions a student id']);
    expect(englishRuns('      --name   which running lab (lab up --name)', names)).toEqual([
      'which running lab lab up',
    ]);
  });

  test('passes names, acronyms, commands and words with Chinese between them', () => {
    const lines = [
      '127.0.0.1 上的套接字演示：tcp sticky udp ports bind http transfer',
      '默认：一个请求 / 的 HTTP GET 请求，带 Host 首部',
      'up 的拓扑；run 和 shell 的主机',
      '  netlab practice subnet mask --level       两个主题的练习',
      '把用 "netlab send" 发送的文件接收到一个文件夹',
      '用 `netlab lab run A -- ip neigh` 看邻居表',
    ];
    expect(lines.flatMap((line) => englishRuns(line, names))).toEqual([]);
  });

  test('two spaces are a column gap, which ends a run', () => {
    expect(englishRuns('  what  one two', names)).toEqual([]);
    expect(englishRuns('  what one two', names)).toEqual(['what one two']);
  });
});

describe('under a Chinese locale, what --help shows is Chinese', () => {
  test.each(commands.map(commandName))(
    'netlab %s --help has no run of English words',
    async (name) => {
      const result = await runCli([name, '--help'], { env: CHINESE });
      expect(result.code).toBe(0);
      expect(englishRuns(result.stdout, names)).toEqual([]);
    },
  );

  test.each([[['--help']], [[]]])(
    'the menu (netlab %j) has no run of English words',
    async (args) => {
      const result = await runCli(args, { env: CHINESE });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('计算器');
      expect(englishRuns(result.stdout, names)).toEqual([]);
    },
  );

  test('the same rule finds the English of an English help page', async () => {
    const result = await runCli(['practice', '--help'], { env: { ...CHINESE, LANG: 'C' } });
    expect(englishRuns(result.stdout, names).length).toBeGreaterThan(5);
  });
});
