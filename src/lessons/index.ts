/** The course as lessons: the catalog, the player, and the forms --json shows them in. */
export { findLesson, LESSONS } from './catalog.js';
export { exportLessonHtml } from './export-lesson-html.js';
export { exportLessonMarkdown } from './export-lesson-markdown.js';
export type { Lesson, LessonText, Step, StepText } from './lesson.js';
export {
  type CapturedRun,
  type CapturingRunner,
  collectLessonExport,
  type LessonExport,
} from './lesson-export.js';
export { type LessonJson, lessonJson } from './lesson-json.js';
export { type LessonSummary, renderLessonList, summarizeLesson } from './lesson-list-text.js';
export { checkLessonLang, lessonLangs } from './lesson-words.js';
export { type CourseOptions, MAX_WIDTH, playCourse } from './play-course.js';
export type { CommandRunner, LabChoice, LabVerdict } from './play-lesson.js';
