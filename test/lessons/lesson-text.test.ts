import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/core/lang.js';
import { LESSONS } from '../../src/lessons/catalog.js';
import type { Block, Lesson, TableBlock } from '../../src/lessons/lesson.js';
import { UI_TEXT } from '../../src/lessons/ui-text.js';

const lessonCases = LESSONS.map((lesson) => ({ id: lesson.id, lesson }));

/** The table's cells that hold text, as "row,column" keys. */
function filledCells(table: TableBlock): string[] {
  return table.rows.flatMap((row, r) =>
    row.flatMap((cell, c) => (cell.trim() === '' ? [] : [`${r},${c}`])),
  );
}

function shapeOf(block: Block): string {
  if (typeof block === 'string') return block.startsWith('- ') ? 'bullet' : 'paragraph';
  if ('pre' in block) return `pre:${block.pre.length}`;
  return `table:${block.head.length}x${block.rows.length}:${filledCells(block).join(';')}`;
}

/** Every string inside a block that must not be empty (table cells may be blank on purpose). */
function requiredStrings(block: Block): string[] {
  if (typeof block === 'string') return [block];
  if ('pre' in block) return [...block.pre];
  return block.rows.flat().filter((cell) => cell !== '');
}

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

  test.for(lessonCases.flatMap(({ id, lesson }) => LANGS.map((lang) => ({ id, lang, lesson }))))(
    '$id has a non-empty $lang text for exactly its steps',
    ({ lesson, lang }) => {
      const text = lesson.text[lang];
      expect(text.title.trim()).not.toBe('');
      expect(Object.keys(text.steps).sort()).toEqual(lesson.steps.map((step) => step.id).sort());
      for (const step of lesson.steps) {
        const stepText = text.steps[step.id];
        expect(stepText?.title.trim(), `${step.id} title`).toBeTruthy();
        expect(stepText?.body.length, `${step.id} body`).toBeGreaterThan(0);
        for (const block of stepText?.body ?? []) {
          for (const string of requiredStrings(block)) expect(string.trim()).not.toBe('');
        }
      }
    },
  );

  test.for(lessonCases)('$id has the same blocks in English and Chinese', ({ lesson }) => {
    const shapes = (l: Lesson, lang: 'en' | 'zh') =>
      l.steps.map((step) => l.text[lang].steps[step.id]?.body.map(shapeOf));
    expect(shapes(lesson, 'zh')).toEqual(shapes(lesson, 'en'));
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
    const ui = UI_TEXT[lang];
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

  test('a lesson without its Chinese text does not compile', () => {
    const english = { title: 't', steps: { only: { title: 't', body: ['b'] } } };
    const incomplete: Lesson<'only'> = {
      id: 'x',
      minutes: 1,
      steps: [{ id: 'only' }],
      questions: [],
      // @ts-expect-error -- the zh text is missing, which is exactly what the type must refuse
      text: { en: english },
    };
    expect(incomplete.text.en).toBe(english);
  });

  test('a lesson text without one of its steps does not compile', () => {
    const text = {
      title: 't',
      steps: { first: { title: 't', body: ['b'] } },
    };
    const incomplete: Lesson<'first' | 'second'> = {
      id: 'x',
      minutes: 1,
      steps: [{ id: 'first' }, { id: 'second' }],
      questions: [],
      // @ts-expect-error -- step "second" has no text in either language
      text: { en: text, zh: text },
    };
    expect(incomplete.steps).toHaveLength(2);
  });
});
