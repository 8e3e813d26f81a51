import { describe, expect, test } from 'vitest';
import { findLesson, LESSONS } from '../../src/lessons/catalog.js';
import { escapeHtml, exportLessonHtml } from '../../src/lessons/export-lesson-html.js';
import { exportLessonMarkdown } from '../../src/lessons/export-lesson-markdown.js';
import { collectLessonExport, secondLang } from '../../src/lessons/lesson-export.js';

/** Output no real command prints, with everything HTML and Markdown treat specially. */
const HOSTILE = '<script>alert("x")</script> & ``` fence';

async function exported(id: string, lang: string) {
  const ran: string[][] = [];
  const data = await collectLessonExport(findLesson(id), lang, async (args) => {
    ran.push([...args]);
    return { code: 0, output: `${HOSTILE} ${args.join(' ')}\n` };
  });
  return { data, ran };
}

describe('collectLessonExport', () => {
  test('runs every action of the lesson once, in order, without colour, passing --lang on', async () => {
    const { ran } = await exported('arp', 'zh');
    expect(ran).toEqual([
      [
        'same-subnet',
        '192.168.1.10',
        '192.168.1.20',
        '255.255.255.0',
        '--lang',
        'zh',
        '--no-color',
      ],
      ['arp', '--from', '192.168.1.10', '--to', '192.168.1.20', '--lang', 'zh', '--no-color'],
      ['same-subnet', '192.168.1.10', '8.8.8.8', '255.255.255.0', '--lang', 'zh', '--no-color'],
      ['arp', '--from', '192.168.1.10', '--to', '8.8.8.8', '--lang', 'zh', '--no-color'],
    ]);
  });

  test('pairs English with Chinese and every other language with English', () => {
    expect([secondLang('en'), secondLang('zh'), secondLang('nl')]).toEqual(['zh', 'en', 'en']);
  });
});

describe('exportLessonHtml', () => {
  test('escapes the five characters HTML treats specially', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  test.each(LESSONS.map((lesson) => lesson.id))(
    '%s: one section per step, titled in both languages, outputs escaped',
    async (id) => {
      const { data } = await exported(id, 'en');
      const html = exportLessonHtml(data);
      expect(html.match(/<section class="step"/g)?.length).toBe(data.main.steps.length);
      for (const [index, step] of data.main.steps.entries()) {
        expect(html).toContain(
          `[${index + 1}/${data.main.steps.length}] ${escapeHtml(step.title)}`,
        );
        expect(html).toContain(`<h3>${escapeHtml(data.second.steps[index]?.title ?? '')}</h3>`);
      }
      expect(html).not.toContain('<script');
      const runs = data.runs.flat().length;
      expect(html.split('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;').length - 1).toBe(
        runs,
      );
    },
  );

  test('loads nothing from outside the page: no src, no href, no url(), no @import', async () => {
    const { data } = await exported('sticky', 'zh');
    const html = exportLessonHtml(data);
    expect(html).not.toMatch(/\ssrc=|\shref=|url\(|@import/);
    expect(html).toContain('<html lang="zh">');
  });
});

describe('exportLessonMarkdown', () => {
  test('every step as a heading, each output in a fence its own backticks cannot close', async () => {
    const { data } = await exported('arp', 'en');
    const md = exportLessonMarkdown(data);
    const headings = md.split('\n').filter((line) => line.startsWith('## ['));
    expect(headings).toEqual(data.main.steps.map((step, i) => `## [${i + 1}/5] ${step.title}`));
    expect(md).toContain(`\`\`\`\`console\n$ netlab same-subnet 192.168.1.10 192.168.1.20`);
    expect(md).toContain(`> **${data.second.steps[0]?.title}**`);
    expect(md).toContain('## Check your understanding');
  });
});
