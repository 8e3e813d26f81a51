import type { Argv } from 'yargs';
import { LANGS } from '../core/lang.js';
import { DEMO_NAMES, type DemoRole } from '../demos/demo-options.js';
import { EXPERIMENTS, LAB_VERBS } from '../lab/experiment-ids.js';
import { lessonLangs } from '../lessons/lesson-words.js';
import { LEVELS } from '../practice/drill.js';
import type { NetlabCommand } from './command.js';
import { EXPORT_FORMATS } from './commands/lesson.js';
import { commandName } from './menu.js';

/** The ends `--role` picks for `netlab demo` and `netlab chat`; without it a demo plays both. */
const ROLES = ['server', 'client'] as const satisfies readonly DemoRole[];

/** The forms `netlab practice sheet --format` writes. */
const SHEET_FORMATS = ['md', 'gift'] as const;

/** The words of `netlab practice` that are not topics: grading a sheet and printing one. */
const PRACTICE_ACTIONS = ['grade', 'sheet'] as const;

// The lists below live in modules that take a while to load (the lessons with their questions,
// the drills with their calculators, the topology parser): each loads when a line asks for it.

/** The lessons' ids, in course order. */
async function lessonIds(): Promise<readonly string[]> {
  const { LESSONS } = await import('../lessons/catalog.js');
  return LESSONS.map((lesson) => lesson.id);
}

/** The practice topics' ids. */
async function topicIds(): Promise<readonly string[]> {
  const { TOPICS } = await import('../practice/topics/index.js');
  return TOPICS.map((topic) => topic.id);
}

/** The topologies shipped with netlab, which `lab up` takes by name. */
async function builtInTopologies(): Promise<readonly string[]> {
  return (await import('../lab/load-topology.js')).BUILT_IN_TOPOLOGIES;
}

/** Options every command takes that want no value (main.ts declares them). */
const GLOBAL_FLAGS = ['json', 'no-json', 'color', 'no-color', 'help', 'h', 'version'] as const;

/** The options of a command that take no value: its booleans, their `--no-` forms, the global ones. */
function flagsOf(command: NetlabCommand | undefined): ReadonlySet<string> {
  const flags = new Set<string>(GLOBAL_FLAGS);
  const note = (name: unknown, spec: unknown): void => {
    const { type, alias } = (spec ?? {}) as { type?: unknown; alias?: unknown };
    if (type !== 'boolean' || typeof name !== 'string') return;
    for (const each of [name, ...[alias ?? []].flat()])
      if (typeof each === 'string') flags.add(each).add(`no-${each}`);
  };
  // A stand-in for yargs that only notes the options a builder declares; every call chains.
  const recorder: Argv = new Proxy({} as Argv, {
    get:
      (_target, method) =>
      (...args: unknown[]) => {
        if (method === 'option') note(args[0], args[1]);
        return recorder;
      },
  });
  command?.builder(recorder);
  return flags;
}

/** The values an option takes, when netlab knows them; none for a free value (a file, a number). */
async function optionValues(
  option: string,
  command: string | undefined,
): Promise<readonly string[]> {
  switch (option) {
    case 'role':
      return ROLES;
    case 'level':
      return LEVELS;
    case 'lang':
      // Only the lesson player speaks a language added as lesson files.
      return command === 'lesson' || command === 'tour' ? lessonLangs() : LANGS;
    case 'format':
      return command === 'practice' ? SHEET_FORMATS : [];
    case 'export':
      return EXPORT_FORMATS;
    case 'topic':
      return topicIds();
    default:
      return [];
  }
}

/**
 * The values of a command's next operand, given the operands before it; undefined when netlab
 * knows none, and an empty list where a file name goes (the shell then offers files).
 */
async function operandValues(
  command: string,
  given: readonly string[],
): Promise<readonly string[] | undefined> {
  const [first] = given;
  switch (command) {
    case 'demo':
      return given.length === 0 ? DEMO_NAMES : undefined;
    case 'lesson':
      return given.length === 0 ? lessonIds() : undefined;
    case 'lab':
      if (given.length === 0) return [...LAB_VERBS, ...EXPERIMENTS];
      return given.length === 1 && first === 'up' ? builtInTopologies() : undefined;
    case 'practice': {
      if (first === 'grade') return given.length === 1 ? [] : undefined;
      const topics = (await topicIds()).filter((id) => !given.includes(id));
      return given.length === 0 ? [...PRACTICE_ACTIONS, ...topics] : topics;
    }
    default:
      return undefined;
  }
}

/** A command line up to the word being completed: its command, operands and unfinished option. */
interface LineSoFar {
  readonly command: string | undefined;
  readonly operands: readonly string[];
  /** The option whose value is the word being completed (`--role` in `demo --role s`). */
  readonly option: string | undefined;
  /** Whether a `--` came: what follows is the operands of another program (`lab run A -- ping`). */
  readonly afterDashes: boolean;
}

/** Reads the words before the one being completed, knowing which options take a value. */
function readLine(words: readonly string[], commands: readonly NetlabCommand[]): LineSoFar {
  let command: NetlabCommand | undefined;
  let name: string | undefined;
  let flags = flagsOf(undefined);
  const operands: string[] = [];
  let option: string | undefined;
  for (const word of words) {
    if (option !== undefined) {
      // bash splits `--role=server` into `--role`, `=`, `server`.
      if (word !== '=') option = undefined;
      continue;
    }
    if (word === '--') return { command: name, operands, option: undefined, afterDashes: true };
    if (word.startsWith('-')) {
      const key = word.replace(/^-+/, '');
      if (!key.includes('=') && !flags.has(key)) option = key;
    } else if (name === undefined) {
      command = commands.find(
        (candidate) => commandName(candidate) === word || candidate.aliases?.includes(word),
      );
      name = command === undefined ? word : commandName(command);
      flags = flagsOf(command);
    } else {
      operands.push(word);
    }
  }
  return { command: name, operands, option, afterDashes: false };
}

/**
 * The words that may replace the last of `words`, a netlab command line without the program's
 * name as a shell hands it over (the last word may be empty or half typed): a demo's name after
 * `demo`, a topology after `lab up`, the values of `--role` or `--lang`, and so on. An empty list
 * means a file name or free value goes there; undefined means command or option names, which
 * yargs' own completion knows from the command table.
 * @example await completeWords(['demo', 's'], commands) // ['sticky']
 */
export async function completeWords(
  words: readonly string[],
  commands: readonly NetlabCommand[],
): Promise<readonly string[] | undefined> {
  const current = words.at(-1) ?? '';
  const line = readLine(words.slice(0, -1), commands);
  const starting = (values: readonly string[]) =>
    values.filter((value) => value.startsWith(current));
  if (line.afterDashes) return [];
  if (current.startsWith('-')) {
    // `--lang=z` as zsh hands it over, in one word.
    const assigned = /^(--[^=]+=)/.exec(current)?.[1];
    if (assigned === undefined) return undefined;
    const values = await optionValues(assigned.slice(2, -1), line.command);
    return starting(values.map((value) => `${assigned}${value}`));
  }
  if (line.option !== undefined) return starting(await optionValues(line.option, line.command));
  if (line.command === undefined) {
    // yargs takes a whole command name (`netlab lab`) as typed already, and would offer nothing.
    const names = commands.flatMap((command) => [commandName(command), ...(command.aliases ?? [])]);
    return names.includes(current) ? starting(names) : undefined;
  }
  const values = await operandValues(line.command, line.operands);
  return values === undefined ? undefined : starting(values);
}
