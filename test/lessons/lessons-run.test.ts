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
        '--lang',
        lang,
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

  test.skipIf(lang !== 'zh')(
    "every action speaks the lesson's language although LANG is C: Chinese in each output",
    async () => {
      await played;
      const english = ran.filter(
        (run) => !/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(run.printed),
      );
      expect(english.map((run) => run.args.join(' '))).toEqual([]);
    },
  );

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
