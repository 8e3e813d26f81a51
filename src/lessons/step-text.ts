import stringWidth from 'string-width';
import { InternalError } from '../core/errors.js';
import type { ContentLang } from '../core/lang.js';
import type { Palette } from '../render/palette.js';
import { wrapText } from '../text/wrap-text.js';
import { renderBlocks } from './blocks-text.js';
import type { Lesson, StepText } from './lesson.js';
import { lessonWords } from './lesson-words.js';
import { uiText } from './ui-text.js';

/** Where a lesson sits in the course, for its heading. */
export interface LessonPosition {
  /** From 1. */
  readonly number: number;
  readonly total: number;
}

/** How lesson text is laid out: language, width in columns, colours. */
export interface Layout {
  readonly lang: ContentLang;
  readonly width: number;
  readonly paint: Palette;
}

/** The words of one step in one language; the type system and a test make sure they exist. */
export function stepText(lesson: Lesson, index: number, lang: ContentLang): StepText {
  const step = lesson.steps[index];
  const text = step === undefined ? undefined : lessonWords(lesson, lang).steps[step.id];
  if (text === undefined) {
    throw new InternalError('lesson-text-missing', { lesson: lesson.id, lang, step: index + 1 });
  }
  return text;
}

/** A line of `char` as wide as the layout, or as the widest of `lines` when that is narrower. */
function rule(char: string, width: number, lines?: readonly string[]): string {
  const widest = lines === undefined ? width : Math.max(...lines.map((line) => stringWidth(line)));
  return char.repeat(Math.min(width, widest));
}

/** The banner a lesson opens with: its place in the course, its title and its length. */
export function renderLessonHeading(
  lesson: Lesson,
  position: LessonPosition,
  layout: Layout,
): string {
  const ui = uiText(layout.lang);
  const { paint, width } = layout;
  const lines = [
    rule('=', width),
    ui.lessonHeading(position.number, position.total, lesson.id),
    ...wrapText(lessonWords(lesson, layout.lang).title, width).map((line) => paint.bold(line)),
    ui.length(lesson.steps.length, lesson.minutes),
    rule('=', width),
  ];
  return `${lines.join('\n')}\n`;
}

/** One step's heading, underlined, and its text, wrapped to the layout's width. */
export function renderStep(lesson: Lesson, index: number, layout: Layout): string {
  const { lang, paint, width } = layout;
  const text = stepText(lesson, index, lang);
  const heading = wrapText(
    uiText(lang).stepHeading(index + 1, lesson.steps.length, text.title),
    width,
  );
  const lines = [
    '',
    ...heading.map((line) => paint.bold(paint.cyan(line))),
    rule('-', width, heading),
    ...renderBlocks(text.body, width),
  ];
  return `${lines.join('\n')}\n`;
}
