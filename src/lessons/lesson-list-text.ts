import stringWidth from 'string-width';
import type { ContentLang } from '../core/lang.js';
import { wrapText } from '../text/wrap-text.js';
import type { Lesson } from './lesson.js';
import { lessonWords } from './lesson-words.js';
import { uiText } from './ui-text.js';

/** One row of `netlab lesson --json`. */
export interface LessonSummary {
  readonly id: string;
  /** The language of the title, as in `netlab lesson ID --json`. */
  readonly lang: ContentLang;
  readonly title: string;
  readonly steps: number;
  readonly minutes: number;
}

/** What a lesson list shows of each lesson: id, title, length. */
export function summarizeLesson(lesson: Lesson, lang: ContentLang): LessonSummary {
  return {
    id: lesson.id,
    lang,
    title: lessonWords(lesson, lang).title,
    steps: lesson.steps.length,
    minutes: lesson.minutes,
  };
}

const GAP = '  ';

/** Pads text with spaces to `width` columns, on the right (`end`) or the left (`start`). */
function pad(text: string, width: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return side === 'end' ? text + fill : fill + text;
}

/**
 * The lesson menu for a terminal `width` columns wide: id, steps and minutes in aligned columns,
 * then the title, wrapped under its own column when it does not fit; then how to play one.
 */
export function renderLessonList(
  lessons: readonly Lesson[],
  lang: ContentLang,
  width: number,
): string {
  const ui = uiText(lang);
  const [idHead, titleHead, stepsHead, minutesHead] = ui.listHead;
  const rows = lessons.map((lesson) => summarizeLesson(lesson, lang));
  const idWidth = Math.max(stringWidth(idHead), ...rows.map((row) => stringWidth(row.id)));
  const stepsWidth = stringWidth(stepsHead);
  const minutesWidth = stringWidth(minutesHead);
  const lead = (id: string, steps: string, minutes: string): string =>
    pad(id, idWidth, 'end') +
    GAP +
    pad(steps, stepsWidth, 'start') +
    GAP +
    pad(minutes, minutesWidth, 'start') +
    GAP;
  const indent = ' '.repeat(stringWidth(lead('', '', '')));
  const lines = [lead(idHead, stepsHead, minutesHead) + titleHead];
  for (const row of rows) {
    const first = lead(row.id, String(row.steps), String(row.minutes));
    lines.push(...wrapText(row.title, width, { first, rest: indent }));
  }
  return `${lines.join('\n')}\n\n${wrapText(ui.listFooter, width).join('\n')}\n`;
}
