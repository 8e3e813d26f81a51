import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import type { ContentLang } from '../../core/lang.js';
import { defineCommand } from '../command.js';
import { lessonLangOption } from './_lang-option.js';
import { PAUSE_OPTION } from './_pause-option.js';

/** The options `netlab lesson` and `netlab tour` share. */
export interface PlayArgs {
  readonly pause: boolean;
  readonly lang?: ContentLang | undefined;
}

/**
 * Plays lessons with their actions run in-process by netlab's own entry point (the context's
 * `runCommand`), so each prints exactly what the student sees typing it.
 */
export async function playLessons(
  ids: readonly string[] | 'all',
  args: PlayArgs,
  context: CommandContext,
): Promise<ExitCode> {
  const { LESSONS, checkLessonLang, findLesson, lessonJson, playCourse } = await import(
    '../../lessons/index.js'
  );
  const { langFromEnv } = await import('../../core/lang.js');
  const asked = args.lang === undefined ? undefined : checkLessonLang(args.lang);
  const lessons = ids === 'all' ? LESSONS : ids.map(findLesson);
  const { io } = context;
  if (context.json) {
    const lang = asked ?? langFromEnv(io.env);
    const shown = lessons.map((lesson) => lessonJson(lesson, lang));
    io.stdout.write(`${JSON.stringify(ids === 'all' ? shown : shown[0], null, 2)}\n`);
    return 0;
  }
  return playCourse(lessons, LESSONS, {
    io,
    lang: asked,
    pause: args.pause,
    color: context.color,
    signal: context.signal,
    run: context.runCommand,
  });
}

async function listLessons(args: PlayArgs, context: CommandContext): Promise<ExitCode> {
  const { LESSONS, MAX_WIDTH, checkLessonLang, renderLessonList, summarizeLesson } = await import(
    '../../lessons/index.js'
  );
  const { langFromEnv } = await import('../../core/lang.js');
  const lang = args.lang === undefined ? langFromEnv(context.io.env) : checkLessonLang(args.lang);
  context.io.stdout.write(
    context.json
      ? `${JSON.stringify(
          LESSONS.map((lesson) => summarizeLesson(lesson, lang)),
          null,
          2,
        )}\n`
      : renderLessonList(LESSONS, lang, Math.min(context.io.columns, MAX_WIDTH)),
  );
  return 0;
}

/** `netlab lesson [ID]`: list the lessons, or play one step by step. */
export const lessonCommand = defineCommand({
  command: 'lesson [id]',
  describe: 'List the lessons, or play one step by step',
  group: 'lessons',
  example: 'netlab lesson ports',
  builder: (yargs) =>
    yargs
      .positional('id', {
        type: 'string',
        describe: 'lesson-id',
      })
      .option('pause', PAUSE_OPTION)
      .option('lang', lessonLangOption('the lesson'))
      .example('netlab lesson', 'lesson-example-1')
      .example('netlab lesson arp --lang zh', 'lesson-example-2')
      .example('netlab lesson ports --no-pause > ports.txt', 'lesson-example-3'),
  run: async (argv, context) => {
    if (argv.id === undefined) return listLessons(argv, context);
    return playLessons([argv.id], argv, context);
  },
});
