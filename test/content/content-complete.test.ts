import { describe, expect, test } from 'vitest';
import { CONTENT_DIR_VARIABLE } from '../../src/core/content-file.js';
import { LANGS } from '../../src/core/lang.js';
import { LESSONS } from '../../src/lessons/catalog.js';
import { lessonContentProblems } from '../../src/lessons/check-lesson-content.js';
import { useContentFolder } from '../helpers/lesson-content.js';

/**
 * `npm run check:content`: the lessons' words are complete in every language. With
 * NETLAB_CONTENT_DIR set, the translator's folder is checked as it would be played.
 */
describe('the content check', () => {
  test('every lesson has complete words in every language', () => {
    expect(lessonContentProblems(LESSONS, LANGS)).toEqual([]);
  });

  test('names a missing step, a step too many and a dropped bullet', () => {
    const saved = process.env[CONTENT_DIR_VARIABLE];
    useContentFolder({
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
    });
    try {
      const problems = lessonContentProblems(
        LESSONS.filter((lesson) => lesson.id === 'arp'),
        ['zh'],
      );
      expect(problems).toContain('lessons/zh/arp.md: step {#extra} is not a step of the lesson');
      expect(problems).toContain('lessons/zh/arp.md: step {#recap} is missing');
      expect(problems).toContain(
        'lessons/zh/arp.md: step {#problem} has paragraph; English has paragraph, paragraph',
      );
    } finally {
      if (saved === undefined) delete process.env[CONTENT_DIR_VARIABLE];
      else process.env[CONTENT_DIR_VARIABLE] = saved;
    }
  });
});
