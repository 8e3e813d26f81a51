import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import { builtInLang, type ContentLang, langFromEnv } from '../../core/lang.js';
import { probeLab } from '../../lab/probe-lab.js';
import {
  checkLessonLang,
  findLesson,
  type LabChoice,
  type LabVerdict,
  LESSONS,
  lessonJson,
  MAX_WIDTH,
  playCourse,
  renderLessonList,
  summarizeLesson,
} from '../../lessons/index.js';
import { errorMessage } from '../../text/error-message.js';
import type { ArgsOf } from '../command.js';
import type { lessonCommand } from '../commands/lesson.js';
import { exportLesson } from './_export-lesson.js';

/** The options `netlab lesson` and `netlab tour` share. */
export interface PlayArgs {
  readonly pause: boolean;
  readonly lab?: boolean | undefined;
  readonly lang?: ContentLang | undefined;
}

/** --lab: always, --no-lab: never; without either, a real LAN only on a terminal. */
function labChoice(lab: boolean | undefined): LabChoice {
  if (lab === undefined) return 'terminal';
  return lab ? 'always' : 'never';
}

/** Whether a lab can run here, and if not the probe's reason in `lang`, for a lab step to say. */
async function labCheck(lang: ContentLang): Promise<LabVerdict> {
  const probe = await probeLab();
  if (probe.ok) return { ready: true };
  return { ready: false, why: errorMessage(probe.error, builtInLang(lang)) };
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
  const asked = args.lang === undefined ? undefined : checkLessonLang(args.lang);
  const lessons = ids === 'all' ? LESSONS : ids.map(findLesson);
  const { io } = context;
  if (context.json) {
    const lang = asked ?? langFromEnv(io.env);
    // NDJSON: one lesson a line, the whole course included.
    for (const lesson of lessons) io.stdout.write(`${JSON.stringify(lessonJson(lesson, lang))}\n`);
    return 0;
  }
  return playCourse(lessons, LESSONS, {
    io,
    lang: asked,
    pause: args.pause,
    color: context.color,
    signal: context.signal,
    run: context.runCommand,
    lab: labChoice(args.lab),
    labCheck: () => labCheck(asked ?? langFromEnv(io.env)),
  });
}

function listLessons(args: PlayArgs, context: CommandContext): ExitCode {
  const lang = args.lang === undefined ? langFromEnv(context.io.env) : checkLessonLang(args.lang);
  context.io.stdout.write(
    context.json
      ? LESSONS.map((lesson) => `${JSON.stringify(summarizeLesson(lesson, lang))}\n`).join('')
      : renderLessonList(LESSONS, lang, Math.min(context.io.columns, MAX_WIDTH)),
  );
  return 0;
}

export async function run(
  argv: ArgsOf<typeof lessonCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  if (argv.export !== undefined || argv.out !== undefined) return exportLesson(argv, context);
  if (argv.id === undefined) return listLessons(argv, context);
  return playLessons([argv.id], argv, context);
}
