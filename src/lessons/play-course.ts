import type { ExitCode } from '../core/exit-code.js';
import type { Io } from '../core/io.js';
import type { ContentLang } from '../core/lang.js';
import { langFromEnv } from '../core/lang.js';
import { TerminalInput } from '../core/terminal-input.js';
import { palette } from '../render/palette.js';
import type { Lesson } from './lesson.js';
import { lessonWords } from './lesson-words.js';
import {
  type CommandRunner,
  type LabChoice,
  type LabVerdict,
  type PlayOptions,
  playLesson,
  withoutKeyboard,
} from './play-lesson.js';
import { uiText } from './ui-text.js';

/** How lessons are played: where, in which language, and whether to stop between steps. */
export interface CourseOptions {
  readonly io: Io;
  /** The language asked for with --lang; the environment's when absent. */
  readonly lang: ContentLang | undefined;
  /** Pause between steps when stdin and stdout are terminals (false for --no-pause). */
  readonly pause: boolean;
  readonly color: boolean;
  readonly signal: AbortSignal;
  readonly run: CommandRunner;
  readonly lab: LabChoice;
  readonly labCheck: () => Promise<LabVerdict>;
}

/** Asks `check` the first time only: a course probes for a lab at most once. */
function once<T>(check: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | undefined;
  return () => {
    answer ??= check();
    return answer;
  };
}

/** Rows of a terminal that does not say how tall it is. */
const DEFAULT_ROWS = 24;

/** Widest text a lesson prints: the terminal's width, but never more than 80 columns. */
export const MAX_WIDTH = 80;

/** Waits at the end of a tour lesson for Enter (next lesson) or q; b means nothing here. */
async function nextLesson(input: TerminalInput, lesson: Lesson, options: PlayOptions) {
  const ui = uiText(options.lang);
  options.out.write(`\n${ui.nextLesson(lessonWords(lesson, options.lang).title)}\n`);
  options.out.write(options.paint.dim(ui.betweenLessons));
  let key = await input.key(options.signal);
  while (key === 'back') key = await input.key(options.signal);
  options.out.write('\r\x1b[2K');
  return key;
}

/**
 * Plays `lessons` in order, numbered by their place in `course`. Pauses between steps only when
 * asked to and both stdin and stdout are terminals; otherwise plays straight through. Exits 1 if
 * a command a step ran failed (or the run was interrupted), else 0, even when the student quits.
 */
export async function playCourse(
  lessons: readonly Lesson[],
  course: readonly Lesson[],
  options: CourseOptions,
): Promise<ExitCode> {
  const { io } = options;
  const interactive = options.pause && io.stdinIsTTY && io.stdoutIsTTY;
  const defaultLang = langFromEnv(io.env);
  const play: PlayOptions = {
    lang: options.lang ?? defaultLang,
    defaultLang,
    width: Math.min(io.columns, MAX_WIDTH),
    paint: palette(options.color),
    color: options.color,
    out: io.stdout,
    // Played straight through on a terminal, a simulation must not wait for keys either.
    run:
      interactive || !(io.stdinIsTTY && io.stdoutIsTTY)
        ? options.run
        : (args) => options.run(args, withoutKeyboard(io)),
    input: interactive ? new TerminalInput(io.stdin, io.interrupt) : null,
    signal: options.signal,
    lab: options.lab,
    labCheck: once(options.labCheck),
    ...(interactive ? { terminal: { io, rows: io.rows ?? DEFAULT_ROWS } } : {}),
  };
  let failed = 0;
  for (const [index, lesson] of lessons.entries()) {
    const position = { number: course.indexOf(lesson) + 1, total: course.length };
    const result = await playLesson(lesson, position, play);
    failed += result.failedActions;
    const next = lessons[index + 1];
    if (result.quit || next === undefined) break;
    if (play.input !== null && (await nextLesson(play.input, next, play)) === 'quit') break;
  }
  return failed > 0 || options.signal.aborted ? 1 : 0;
}
