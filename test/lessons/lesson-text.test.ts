import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/core/lang.js';
import { LESSONS } from '../../src/lessons/catalog.js';
import { uiText } from '../../src/lessons/ui-text.js';

const lessonCases = LESSONS.map((lesson) => ({ id: lesson.id, lesson }));

describe('lesson text', () => {
  test('the nine lessons of the course are listed in course order', () => {
    expect(LESSONS.map((lesson) => lesson.id)).toEqual([
      'architecture',
      'addresses',
      'lan',
      'arp',
      'ports',
      'layers',
      'tcp-udp',
      'sockets',
      'sticky',
    ]);
  });

  test.for(lessonCases)('$id has unique step ids and at least one question', ({ lesson }) => {
    const ids = lesson.steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(lesson.questions.length).toBeGreaterThan(0);
  });

  test.for(lessonCases)(
    'every question of $id is asked and explained in both languages',
    ({ lesson }) => {
      for (const question of lesson.questions) {
        const solved = question.solve();
        for (const lang of LANGS) {
          expect(solved.text[lang].ask.trim(), `${question.kind} ${lang}`).not.toBe('');
          expect(solved.text[lang].because.trim(), `${question.kind} ${lang}`).not.toBe('');
        }
      }
    },
  );

  test.for(LANGS)('the player has every one of its own strings in %s', (lang) => {
    const ui = uiText(lang);
    const strings = [
      ui.lessonHeading(1, 9, 'lan'),
      ui.length(5, 10),
      ui.stepHeading(1, 5, 'x'),
      ui.pause,
      ui.nextLesson('x'),
      ui.betweenLessons,
      ui.ask.mac('00:1a:2b:3c:4d:5e'),
      ui.actionFailed(1),
      ui.tryLater,
      ui.questionsHeading,
      ...Object.values(ui.replyForm),
      ui.answerIs('yes'),
      ui.right,
      ui.wrong('yes'),
      ...Object.values(ui.unreadable),
      ui.skipped('yes'),
      ui.checkYourself,
      ui.score(1, 2),
      ui.end('lan'),
      ...ui.listHead,
      ui.listFooter,
    ];
    for (const string of strings) expect(string.trim()).not.toBe('');
  });
});
