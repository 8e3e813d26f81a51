import { readContentText } from '../core/content-file.js';
import type { Block, Lesson, LessonText, TableBlock } from './lesson.js';
import { lessonFilePath, SOURCE_LANG } from './lesson-words.js';
import { parseLessonFile } from './parse-lesson-file.js';

/** The table's cells that hold text, as "row,column" keys. */
function filledCells(table: TableBlock): string[] {
  return table.rows.flatMap((row, r) =>
    row.flatMap((cell, c) => (cell.trim() === '' ? [] : [`${r},${c}`])),
  );
}

/** What a translation must keep of a block: its kind, a diagram's height, a table's filled cells. */
function shapeOf(block: Block): string {
  if (typeof block === 'string') return block.startsWith('- ') ? 'bullet' : 'paragraph';
  if ('pre' in block) return `diagram of ${block.pre.length} lines`;
  return `table ${block.head.length}x${block.rows.length} filled at ${filledCells(block).join(';')}`;
}

function read(lesson: Lesson, lang: string): LessonText | string {
  const path = lessonFilePath(lesson.id, lang);
  const source = readContentText(path);
  if (source === undefined) return `${path}: missing`;
  try {
    return parseLessonFile(source);
  } catch (error) {
    return `${path}: ${(error as Error).message}`;
  }
}

/** What is wrong with one lesson file compared with the lesson's steps and its English words. */
function problemsOf(lesson: Lesson, lang: string, english: LessonText | undefined): string[] {
  const words = read(lesson, lang);
  if (typeof words === 'string') return [words];
  const path = lessonFilePath(lesson.id, lang);
  const problems: string[] = [];
  if (words.title.trim() === '') problems.push(`${path}: the title is empty`);
  const ids = lesson.steps.map((step) => step.id);
  for (const id of Object.keys(words.steps)) {
    if (!ids.includes(id)) problems.push(`${path}: step {#${id}} is not a step of the lesson`);
  }
  for (const id of ids) {
    const step = words.steps[id];
    if (step === undefined) {
      problems.push(`${path}: step {#${id}} is missing`);
      continue;
    }
    if (step.title.trim() === '' || step.body.length === 0) {
      problems.push(`${path}: step {#${id}} needs a title and some text`);
    }
    const wanted = english?.steps[id]?.body.map(shapeOf);
    const shapes = step.body.map(shapeOf);
    if (wanted !== undefined && wanted.join('|') !== shapes.join('|')) {
      problems.push(
        `${path}: step {#${id}} has ${shapes.join(', ')}; English has ${wanted.join(', ')}`,
      );
    }
  }
  return problems;
}

/**
 * Every problem with the lessons' words in `langs`: a missing file or step, a step the lesson
 * does not have, an empty text, or blocks that differ from the English (a bullet, table or
 * diagram a translation dropped or added). Empty when the content is complete.
 */
export function lessonContentProblems(
  lessons: readonly Lesson[],
  langs: readonly string[],
): string[] {
  return lessons.flatMap((lesson) => {
    const english = read(lesson, SOURCE_LANG);
    const source = typeof english === 'string' ? undefined : english;
    return langs.flatMap((lang) =>
      problemsOf(lesson, lang, lang === SOURCE_LANG ? undefined : source),
    );
  });
}
