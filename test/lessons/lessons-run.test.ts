import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ExitCode } from '../../src/core/exit-code.js';
import { LESSONS } from '../../src/lessons/catalog.js';
import type { ActionArg } from '../../src/lessons/lesson.js';
import { straightThroughActions } from '../../src/lessons/lesson-json.js';
import { playCourse } from '../../src/lessons/play-course.js';
import { STRAIGHT_THROUGH_LAB } from '../helpers/lesson-lab.js';
import { memoryIo } from '../helpers/memory-io.js';

/** One action the runner ran: its arguments, exit code, and how much it printed. */
interface ActionRun {
  readonly args: readonly string[];
  readonly code: ExitCode;
  readonly printed: string;
}

function argText(arg: ActionArg): string {
  return typeof arg === 'string' ? arg : arg.example;
}

const cases = LESSONS.flatMap((lesson) =>
  (['en', 'zh'] as const).map((lang) => ({ id: lesson.id, lang, lesson })),
);

/**
 * Every lesson, played to the end with --no-pause through netlab's real commands, run in-process
 * by `main` exactly as `netlab lesson` runs them. The runner records what each action printed.
 */
describe.for(cases)('lesson $id in $lang, played straight through', ({ lesson, lang }) => {
  const io = memoryIo({ env: { LANG: 'C' } });
  const ran: ActionRun[] = [];
  const played = playCourse([lesson], LESSONS, {
    io,
    lang,
    pause: false,
    color: false,
    signal: new AbortController().signal,
    ...STRAIGHT_THROUGH_LAB,
    run: async (args) => {
      const before = io.out().length;
      const beforeErr = io.err().length;
      const code = await main(args, io);
      const printed = io.out().slice(before) + io.err().slice(beforeErr);
      ran.push({ args, code, printed });
      return code;
    },
  });

  test('runs every action of every step, in order, and ends with exit code 0', async () => {
    const expected = lesson.steps.flatMap((step) =>
      straightThroughActions(step).map((action) => [
        ...action.args.map(argText),
        ...(action.takesLang ? ['--lang', lang] : []),
        '--no-color',
      ]),
    );
    expect(await played).toBe(0);
    expect(ran.map((run) => run.args)).toEqual(expected);
  });

  test('every action prints something and ends as its step means', async () => {
    await played;
    const actions = lesson.steps.flatMap(straightThroughActions);
    const outcomes = ran.map((run, index) => ({
      command: run.args.join(' '),
      code: run.code,
      printed: run.printed.trim() !== '',
      failure: run.code === (actions[index]?.expectExit ?? 0) ? '' : run.printed.trim(),
    }));
    expect(outcomes).toEqual(
      ran.map((run, index) => ({
        command: run.args.join(' '),
        code: actions[index]?.expectExit ?? 0,
        printed: true,
        failure: '',
      })),
    );
  });

  test('every line printed, commands included, fits 80 columns', async () => {
    await played;
    const wide = io
      .out()
      .split('\n')
      .filter((line) => stringWidth(line) > 80);
    expect(wide).toEqual([]);
  });

  test('ends with the questions and their computed answers', async () => {
    await played;
    const answers = io.out().match(lang === 'en' ? /^ {3}Answer: /gm : /^ {3}答案：/gm) ?? [];
    expect(answers).toHaveLength(lesson.questions.length);
  });
});

/** The command words of an action: "demo tcp" from `demo tcp`, "mac" from `mac 00:1a:…`. */
function commandWords(args: readonly ActionArg[]): string[] {
  const words: string[] = [];
  for (const arg of args) {
    if (typeof arg !== 'string' || !/^[a-z][a-z-]*$/.test(arg)) break;
    words.push(arg);
  }
  return words;
}

const actionCases = LESSONS.flatMap((lesson) =>
  lesson.steps.flatMap((step) =>
    straightThroughActions(step).map((action) => ({
      command: commandWords(action.args).join(' '),
      lesson: lesson.id,
      action,
    })),
  ),
);

describe('the lesson passes its language on', () => {
  test.for(actionCases)(
    '$lesson runs "netlab $command" with --lang exactly when the command takes it',
    async ({ action }) => {
      const io = memoryIo();
      expect(await main([...commandWords(action.args), '--help'], io)).toBe(0);
      // Every command accepts the global --lang; one that speaks a lesson's language describes its own.
      expect(action.takesLang === true).toBe(io.out().includes('(default from LANG/LC_ALL)'));
    },
  );
});
