import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/core/lang.js';
import { LESSONS } from '../../src/lessons/catalog.js';
import { lessonContentProblems } from '../../src/lessons/check-lesson-content.js';
import { messageProblems } from '../../src/text/check-messages.js';
import { withContentFolder } from '../helpers/lesson-content.js';

/**
 * `npm run check:content`: the lessons' words are complete in every language. With
 * NETLAB_CONTENT_DIR set, the translator's folder is checked as it would be played.
 */
describe('the content check', () => {
  test('every lesson has complete words in every language', () => {
    expect(lessonContentProblems(LESSONS, LANGS)).toEqual([]);
  });

  test('the player has every one of its messages in every language', () => {
    expect(LANGS.flatMap((lang) => messageProblems(lang, 'lessons'))).toEqual([]);
  });

  test('names a missing message and a changed placeholder', () => {
    withContentFolder(
      {
        'messages/xx/lessons.json': '{"right": "Juist.", "wrong": "Nee: {antwoord}."}',
      },
      () => {
        const problems = messageProblems('xx', 'lessons');
        expect(problems).toContain('messages/xx/lessons.json: "pause" is missing');
        expect(problems).toContain(
          'messages/xx/lessons.json: "wrong" has placeholders {antwoord}, English {answer}',
        );
        expect(problems).not.toContain('messages/xx/lessons.json: "right" is missing');
      },
    );
  });

  test('names a missing step, a step too many and a dropped bullet', () => {
    withContentFolder(
      {
        'lessons/zh/arp.md': [
          '---',
          'title: ARP',
          '---',
          '',
          '## 问题 {#problem}',
          '',
          '一段。',
          '',
          '## 多余 {#extra}',
          '',
          '一段。',
        ].join('\n'),
      },
      () => {
        const problems = lessonContentProblems(
          LESSONS.filter((lesson) => lesson.id === 'arp'),
          ['zh'],
        );
        expect(problems).toContain('lessons/zh/arp.md: step {#extra} is not a step of the lesson');
        expect(problems).toContain('lessons/zh/arp.md: step {#recap} is missing');
        expect(problems).toContain(
          'lessons/zh/arp.md: step {#problem} has paragraph; English has paragraph, paragraph',
        );
      },
    );
  });
});
