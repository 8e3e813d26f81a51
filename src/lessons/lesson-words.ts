import { readContentText } from '../core/content-file.js';
import { InternalError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import type { Lesson, LessonText } from './lesson.js';
import { parseLessonFile } from './parse-lesson-file.js';

/** The language every lesson is written in first; a language without a lesson's file falls back to it. */
export const SOURCE_LANG = 'en';

const loaded = new Map<string, LessonText>();

/** Where a lesson's words in one language live, under a content folder. */
export function lessonFilePath(id: string, lang: string): string {
  return `lessons/${lang}/${id}.md`;
}

/**
 * A lesson's words in `lang`, read from content/lessons/LANG/ID.md the first time they are asked
 * for; English when that language has no file for this lesson yet.
 */
export function lessonWords(lesson: Pick<Lesson, 'id'>, lang: Lang): LessonText {
  for (const candidate of lang === SOURCE_LANG ? [lang] : [lang, SOURCE_LANG]) {
    const key = `${candidate}/${lesson.id}`;
    const cached = loaded.get(key);
    if (cached !== undefined) return cached;
    const source = readContentText(lessonFilePath(lesson.id, candidate));
    if (source === undefined) continue;
    const words = parseLessonFile(source);
    loaded.set(key, words);
    return words;
  }
  throw new InternalError('lesson-text-missing', { lesson: lesson.id, lang, step: 0 });
}
