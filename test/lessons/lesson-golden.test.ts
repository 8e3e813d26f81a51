import { describe, type ExpectStatic, test } from 'vitest';
import type { Lang } from '../../src/core/lang.js';
import { findLesson, LESSONS, playCourse } from '../../src/lessons/index.js';
import { STRAIGHT_THROUGH_LAB } from '../helpers/lesson-lab.js';
import { memoryIo } from '../helpers/memory-io.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Every lesson as it plays piped (no pauses) and as --json, in both languages, pinned in
 * test/lessons/golden/: the words with each command stubbed (<id>.<lang>.words.txt), and the
 * whole output of the built binary where the demos print the same every run. The files were captured before the lessons' words moved out of the code
 * into content/, so this proves the move changed nothing a student sees. A deliberate change of
 * wording is re-captured with `npx vitest run test/lessons/lesson-golden.test.ts -u` and reviewed
 * in the diff.
 */
/** Every lesson, in course order (test/lessons/lesson-text.test.ts pins that order). */
const IDS = LESSONS.map((lesson) => lesson.id);
const LANGS: readonly Lang[] = ['en', 'zh'];

/**
 * Lessons whose demos print what varies by run (port numbers, read sizes, random bytes) or by
 * machine (the bind demo in addresses dials this machine's own addresses).
 */
const VARYING = new Set(['addresses', 'ports', 'sticky']);

/** What differs on every run of the other demos: the ports the system picks, an HTTP date. */
function withoutRunDetails(text: string): string {
  return text
    .replace(/(\d+\.\d+\.\d+\.\d+|\[[0-9a-f:]+\]):(\d{5})\b/g, (whole, host, port) =>
      Number(port) >= 32768 ? `${host}:PORT` : whole,
    )
    .replace(/Date: [^\\]+GMT/g, 'Date: DATE');
}

/** Plays a lesson in-process with every command replaced by a line naming it. */
async function playedWithoutCommands(id: string, lang: Lang): Promise<string> {
  const io = memoryIo();
  await playCourse([findLesson(id)], LESSONS, {
    io,
    lang,
    pause: false,
    color: false,
    signal: new AbortController().signal,
    ...STRAIGHT_THROUGH_LAB,
    run: async (args) => {
      io.stdout.write(`<output of netlab ${args.join(' ')}>\n`);
      return 0;
    },
  });
  return io.out();
}

async function captured(expect: ExpectStatic, args: readonly string[]): Promise<string> {
  const result = await runCli(args, { env: { LANG: 'C' } });
  expect(result.code).toBe(0);
  return withoutRunDetails(result.stdout);
}

describe.concurrent('every lesson plays exactly as pinned', () => {
  for (const lang of LANGS) {
    test(`the lesson list in ${lang}`, async ({ expect }) => {
      await expect(await captured(expect, ['lesson', '--lang', lang])).toMatchFileSnapshot(
        `golden/list.${lang}.txt`,
      );
      await expect(
        await captured(expect, ['lesson', '--json', '--lang', lang]),
      ).toMatchFileSnapshot(`golden/list.${lang}.json`);
    });
    for (const id of IDS) {
      test(`${id} in ${lang}, piped and as --json`, async ({ expect }) => {
        await expect(await playedWithoutCommands(id, lang)).toMatchFileSnapshot(
          `golden/${id}.${lang}.words.txt`,
        );
        if (!VARYING.has(id)) {
          await expect(await captured(expect, ['lesson', id, '--lang', lang])).toMatchFileSnapshot(
            `golden/${id}.${lang}.txt`,
          );
        }
        await expect(
          await captured(expect, ['lesson', id, '--json', '--lang', lang]),
        ).toMatchFileSnapshot(`golden/${id}.${lang}.json`);
      });
    }
  }
});
