import { describe, expect, test } from 'vitest';
import { LESSONS } from '../../src/lessons/catalog.js';
import { runCli } from '../helpers/run-cli.js';

/** The ids in course order; lesson-text.test.ts pins the list itself. */
const IDS = LESSONS.map((lesson) => lesson.id);

describe('netlab lesson', () => {
  test('without an id lists every lesson with its length and exits 0', async () => {
    const result = await runCli(['lesson'], { env: { LANG: 'C' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('id            steps  min  title');
    expect(lines[1]).toBe('architecture      5    8  C/S and B/S: two kinds of networked programs');
    expect(lines.slice(1, 10).map((line) => line.split(' ')[0])).toEqual(IDS);
    expect(result.stdout).toContain(
      'Play one with "netlab lesson ID", or all of them with "netlab tour".',
    );
  });

  test('speaks Chinese when LANG asks for it', async () => {
    const result = await runCli(['lesson'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(result.stdout.split('\n')[0]).toBe('编号          步数  分钟  课程');
  });

  test('--json lists id, language, title, steps and minutes', async () => {
    const result = await runCli(['lesson', '--json'], { env: { LANG: 'C' } });
    expect(result.code).toBe(0);
    const list = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; steps: number });
    expect(list.map((lesson) => lesson.id)).toEqual(IDS);
    expect(list[0]).toEqual({
      id: 'architecture',
      lang: 'en',
      title: 'C/S and B/S: two kinds of networked programs',
      steps: 5,
      minutes: 8,
    });
  });

  test('an unknown id exits 2 naming each valid id with its number', async () => {
    const result = await runCli(['lesson', 'subnets']);
    expect(result.code).toBe(2);
    const numbered = IDS.map((id, index) => `${index + 1} ${id}`).join(', ');
    expect(result.stderr).toBe(
      `netlab: unknown lesson "subnets": give a number or an id: ${numbered} (e.g. "netlab lesson 4")\n`,
    );
    expect(result.stdout).toBe('');
  });

  test('piped, a lesson plays straight through to its questions', async () => {
    const result = await runCli(['lesson', 'ports'], { env: { LANG: 'C' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Lesson 5 of 9: ports\n');
    expect(result.stdout).toContain('\n$ netlab port 80 3306 50000\n');
    expect(result.stdout).toContain('   Answer: well-known (0-1023).\n');
    expect(result.stdout).not.toContain('Enter: next');
    expect(result.stderr).toContain('netlab: cannot parse port "65536"');
  });

  test('--json gives the lesson text, its command lines and computed answers, running nothing', async () => {
    const result = await runCli(['lesson', 'lan', '--json', '--lang', 'zh']);
    expect(result.code).toBe(0);
    const lesson = JSON.parse(result.stdout) as {
      lang: string;
      steps: { commands: string[] }[];
      questions: { answer: string; check: string | null }[];
    };
    expect(lesson.lang).toBe('zh');
    expect(lesson.steps[1]?.commands).toEqual(['netlab mask 255.255.255.0 --lang zh']);
    expect(lesson.questions[1]).toMatchObject({
      answer: '192.168.1.64',
      check: 'netlab subnet 192.168.1.77/26',
    });
  });
});

describe('netlab tour', () => {
  test('plays all nine lessons in order, in Chinese with --lang zh', async () => {
    const result = await runCli(['tour', '--no-pause', '--lang', 'zh']);
    const headings = result.stdout.match(/^第 \d 课（共 9 课）：\S+$/gm) ?? [];
    expect(headings.map((heading) => heading.split('：')[1])).toEqual(IDS);
    expect(result.stdout.trimEnd().endsWith('“sticky”这一课结束。')).toBe(true);
    expect(result.code).toBe(0);
  });
});
