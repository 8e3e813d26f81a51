import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolders, readContentText } from '../core/content-file.js';
import { InputError, InternalError } from '../core/errors.js';
import { type ContentLang, LANGS, languageOfTag } from '../core/lang.js';
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
export function lessonWords(lesson: Pick<Lesson, 'id'>, lang: ContentLang): LessonText {
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

/** The folder names under lessons/ in one content folder (none when it has no lessons/). */
function langFolders(folder: string): string[] {
  try {
    return readdirSync(join(folder, 'lessons'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * Every language lessons can be played in: English, Chinese, and each folder under lessons/ in
 * the content folders, so a translator adds a language by adding files.
 */
export function lessonLangs(): ContentLang[] {
  return [...new Set([...LANGS, ...contentFolders().flatMap(langFolders)])];
}

/**
 * The language `--lang` asked for, checked against lessonLangs(): the name of a lesson folder, or
 * a locale-style tag of one ("zh-CN", "zh_CN" mean zh); bad input (exit 2) names the ones there are.
 * @example checkLessonLang('zh-CN') // 'zh'
 */
export function checkLessonLang(lang: string): ContentLang {
  const langs = lessonLangs();
  if (langs.includes(lang)) return lang;
  if (langs.includes(languageOfTag(lang))) return languageOfTag(lang);
  const choices = langs.map((choice) => JSON.stringify(choice)).join(', ');
  throw new InputError('invalid-choice', { option: 'lang', value: JSON.stringify(lang), choices });
}
