import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import type { ContentLang } from '../../core/lang.js';
import { defineCommand } from '../command.js';
import { EXPORT_FORMATS, exportLesson } from './_export-lesson.js';
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
    // NDJSON: one lesson a line, the whole course included.
    for (const lesson of shown) io.stdout.write(`${JSON.stringify(lesson)}\n`);
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
      ? LESSONS.map((lesson) => `${JSON.stringify(summarizeLesson(lesson, lang))}\n`).join('')
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
      .option('export', {
        choices: EXPORT_FORMATS,
        describe: 'write the lesson, with its commands run, as a Markdown handout or an HTML page',
      })
      .option('out', {
        type: 'string',
        describe: 'with --export: the file to write (default: stdout)',
      })
      .example('netlab lesson', 'list the lessons with their length')
      .example('netlab lesson arp --lang zh', 'play the ARP lesson in Chinese')
      .example('netlab lesson ports --no-pause > ports.txt', 'the whole lesson into a file')
      .example('netlab lesson arp --export html --out arp.html', 'a page to project'),
  run: async (argv, context) => {
    if (argv.export !== undefined || argv.out !== undefined) return exportLesson(argv, context);
    if (argv.id === undefined) return listLessons(argv, context);
    return playLessons([argv.id], argv, context);
  },
});
