import type { ExitCode } from '../core/exit-code.js';
import type { ContentLang } from '../core/lang.js';
import type { Lesson } from './lesson.js';
import { actionArgs, type LessonJson, lessonJson, straightThroughActions } from './lesson-json.js';
import { SOURCE_LANG } from './lesson-words.js';

/** What one command printed (stdout and stderr in the order written) and how it ended. */
export interface CapturedRun {
  readonly code: ExitCode;
  readonly output: string;
}

/** Runs one netlab command line (the words after "netlab") and captures what it prints. */
export type CapturingRunner = (args: readonly string[]) => Promise<CapturedRun>;

/** A lesson ready to export: its words in the main and the second language, and real outputs. */
export interface LessonExport {
  readonly main: LessonJson;
  /** The same lesson in the second language, shown under each step. */
  readonly second: LessonJson;
  /** For each step, what each of its commands printed, in the main language. */
  readonly runs: readonly (readonly CapturedRun[])[];
}

/**
 * The language shown beside `lang`: Chinese beside English, English beside anything else.
 * @example secondLang('en') // 'zh'
 */
export function secondLang(lang: ContentLang): ContentLang {
  return lang === SOURCE_LANG ? 'zh' : SOURCE_LANG;
}

/**
 * Runs every command of the lesson once, in order, as the player would with `lang`, and gathers
 * the lesson's words in `lang` and in its second language.
 */
export async function collectLessonExport(
  lesson: Lesson,
  lang: ContentLang,
  run: CapturingRunner,
): Promise<LessonExport> {
  const runs: CapturedRun[][] = [];
  for (const step of lesson.steps) {
    const outputs: CapturedRun[] = [];
    for (const action of straightThroughActions(step)) {
      outputs.push(await run([...actionArgs(action, lang), '--no-color']));
    }
    runs.push(outputs);
  }
  return { main: lessonJson(lesson, lang), second: lessonJson(lesson, secondLang(lang)), runs };
}
