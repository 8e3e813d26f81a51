import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import type { ExitCode } from '../../src/core/exit-code.js';
import { LESSONS } from '../../src/lessons/catalog.js';
import type { Lesson } from '../../src/lessons/lesson.js';
import { playCourse } from '../../src/lessons/play-course.js';
import { sameSubnetQuestion } from '../../src/lessons/questions/same-subnet-question.js';
import { useContentFolder } from '../helpers/lesson-content.js';
import { STRAIGHT_THROUGH_LAB } from '../helpers/lesson-lab.js';
import { memoryIo } from '../helpers/memory-io.js';

// The sample lessons' words, as a teacher would write them in content/lessons/LANG/ID.md.
useContentFolder({
  'lessons/en/sample.md':
    '---\ntitle: A sample lesson\n---\n\n## First step {#one}\n\nThe first paragraph.\n\n## Second step {#two}\n\n- a bullet\n',
  'lessons/zh/sample.md':
    '---\ntitle: 示例课程\n---\n\n## 第一步 {#one}\n\n第一段。\n\n## 第二步 {#two}\n\n- 一个要点\n',
  'lessons/en/typed.md': '---\ntitle: t\n---\n\n## Decode {#decode}\n\nb\n',
  'lessons/zh/typed.md': '---\ntitle: t\n---\n\n## 解读 {#decode}\n\nb\n',
});

type StepId = 'one' | 'two';

/** A two-step lesson whose actions go to a fake runner, to test the player alone. */
const SAMPLE: Lesson<StepId> = {
  id: 'sample',
  minutes: 2,
  steps: [
    { id: 'one', actions: [{ args: ['arp', '--from', '192.168.1.10'] }] },
    {
      id: 'two',
      actions: [{ args: ['port', '65536'], expectExit: 2 }, { args: ['demo', 'tcp'] }],
      tryLater: [['chat', '--role', 'server']],
    },
  ],
  questions: [sameSubnetQuestion('10.1.2.3', '10.1.9.9', '255.255.0.0')],
};

interface Played {
  readonly code: ExitCode;
  readonly out: string;
  readonly ran: readonly (readonly string[])[];
}

/** Plays SAMPLE with a runner that records its arguments and answers with `exitCodes` in turn. */
async function playSample(
  options: {
    input?: string;
    lang?: 'en' | 'zh';
    env?: Record<string, string>;
    exitCodes?: ExitCode[];
  } = {},
): Promise<Played> {
  const interactive = options.input !== undefined;
  const stdin = new PassThrough();
  stdin.end(options.input ?? '');
  const io = memoryIo({
    stdin,
    stdinIsTTY: interactive,
    stdoutIsTTY: interactive,
    env: options.env ?? {},
  });
  const ran: string[][] = [];
  const codes = [...(options.exitCodes ?? [])];
  const code = await playCourse([SAMPLE], [SAMPLE], {
    io,
    lang: options.lang,
    pause: true,
    color: false,
    signal: new AbortController().signal,
    ...STRAIGHT_THROUGH_LAB,
    run: async (args) => {
      ran.push([...args]);
      io.stdout.write(`(ran ${args[0]})\n`);
      return codes.shift() ?? (args[1] === '65536' ? 2 : 0);
    },
  });
  return { code, out: io.out(), ran };
}

describe('the lesson player', () => {
  test('plays straight through when stdin is not a terminal, running every action in order', async () => {
    const played = await playSample();
    expect(played.code).toBe(0);
    expect(played.ran).toEqual([
      ['arp', '--from', '192.168.1.10', '--lang', 'en', '--no-color'],
      ['port', '65536', '--lang', 'en', '--no-color'],
      ['demo', 'tcp', '--lang', 'en', '--no-color'],
    ]);
    expect(played.out).toContain('[1/2] First step\n----------------\nThe first paragraph.\n');
    expect(played.out).toContain('\n$ netlab arp --from 192.168.1.10\n(ran arp)\n');
    expect(played.out).toContain('Try it yourself later:\n  $ netlab chat --role server\n');
    expect(played.out).not.toContain('Enter: next');
  });

  test('prints each question with its computed answer when it cannot ask', async () => {
    const played = await playSample();
    expect(played.out).toContain(
      '1. Are 10.1.2.3 and 10.1.9.9 in the same subnet when both use mask 255.255.0.0?\n   Answer: yes.\n',
    );
    expect(played.out).toContain('   $ netlab same-subnet 10.1.2.3 10.1.9.9 255.255.0.0\n');
    expect(played.out.trimEnd().endsWith('End of lesson "sample".')).toBe(true);
  });

  test('shows --lang in the command line only when it differs from the environment', async () => {
    const played = await playSample({ lang: 'zh', env: { LANG: 'en_US.UTF-8' } });
    expect(played.out).toContain('$ netlab arp --from 192.168.1.10 --lang zh\n');
    const native = await playSample({ env: { LANG: 'zh_CN.UTF-8' } });
    expect(native.ran[0]).toEqual(['arp', '--from', '192.168.1.10', '--lang', 'zh', '--no-color']);
    expect(native.out).toContain('$ netlab arp --from 192.168.1.10\n');
    expect(native.out).toContain('[1/2] 第一步');
  });

  test('exits 1 and says so when an action ends with an exit code the step did not mean', async () => {
    const played = await playSample({ exitCodes: [1] });
    expect(played.code).toBe(1);
    expect(played.out).toContain(
      '(ran arp)\n(that command ended with exit code 1; the lesson goes on)\n',
    );
    expect(played.ran).toHaveLength(3);
  });

  test('on a terminal, Enter goes on, b goes back and q quits', async () => {
    const played = await playSample({ input: '\nb\n\nq\n' });
    expect(played.code).toBe(0);
    expect(played.ran.map((args) => args[0])).toEqual([
      'arp',
      'port',
      'demo',
      'arp',
      'port',
      'demo',
    ]);
    expect(played.out.match(/\[1\/2\] First step/g)).toHaveLength(2);
    expect(played.out).toContain('Enter: next, b: back, q: quit');
    expect(played.out).not.toContain('Check your understanding');
  });

  test('on a terminal, asks the questions and checks the replies', async () => {
    const played = await playSample({ input: '\n\nmaybe\ny\n' });
    expect(played.out).toContain('(y/n)');
    expect(played.out).toContain('Please answer y or n (Enter to see the answer).');
    expect(played.out).toContain('   Right.\n');
    expect(played.out).toContain('You answered 1 of 1 correctly.');
  });

  test('on a terminal, a full-width reply is refused with the half-width text to type', async () => {
    const played = await playSample({ input: '\n\nｙ\ny\n' });
    expect(played.out.replaceAll('\n   ', ' ')).toContain(
      '"ｙ" is a full-width character: type it half-width, as "y" (Enter to see the answer).',
    );
    expect(played.out).toContain('   Right.\n');
    const zh = await playSample({ input: '\n\nｙ\ny\n', lang: 'zh' });
    expect(zh.out.replaceAll('\n   ', '')).toContain('“ｙ”是全角字符：请用半角输入，即“y”');
  });

  test('on a terminal, a wrong reply gets the computed answer', async () => {
    const played = await playSample({ input: '\n\nn\n', lang: 'zh' });
    expect(played.out).toContain('   不对，答案是 是。\n');
    expect(played.out).toContain('1 道题答对了 0 道。');
  });

  test('end of input at a pause quits quietly', async () => {
    const played = await playSample({ input: '' });
    expect(played.code).toBe(0);
    expect(played.ran).toHaveLength(1);
  });
});

describe('the player with a student-typed argument', () => {
  const macLesson: Lesson<'decode'> = {
    id: 'typed',
    minutes: 1,
    steps: [
      { id: 'decode', actions: [{ args: ['mac', { ask: 'mac', example: '00:1A:2B:3C:4D:5E' }] }] },
    ],
    questions: [],
  };

  async function playTyped(input: string | undefined): Promise<(readonly string[])[]> {
    const stdin = new PassThrough();
    stdin.end(input ?? '');
    const tty = input !== undefined;
    const io = memoryIo({ stdin, stdinIsTTY: tty, stdoutIsTTY: tty });
    const ran: (readonly string[])[] = [];
    await playCourse([macLesson], [macLesson], {
      io,
      lang: 'en',
      pause: true,
      color: true,
      signal: new AbortController().signal,
      ...STRAIGHT_THROUGH_LAB,
      run: async (args) => {
        ran.push(args);
        return 0;
      },
    });
    return ran;
  }

  test.for([
    { input: undefined, mac: '00:1A:2B:3C:4D:5E' },
    { input: '\n\n', mac: '00:1A:2B:3C:4D:5E' },
    { input: 'aa:bb:cc:dd:ee:ff\n\n', mac: 'aa:bb:cc:dd:ee:ff' },
  ])('runs mac with $mac when the student types $input', async ({ input, mac }) => {
    expect(await playTyped(input)).toEqual([['mac', mac, '--lang', 'en']]);
  });
});

describe('lesson text layout', () => {
  const cases = LESSONS.flatMap((lesson) =>
    (['en', 'zh'] as const).flatMap((lang) =>
      [80, 40].map((columns) => ({ id: lesson.id, lang, columns, lesson })),
    ),
  );

  test.for(cases)('$id in $lang fits $columns columns', async ({ lesson, lang, columns }) => {
    const io = memoryIo({ columns });
    await playCourse([lesson], LESSONS, {
      io,
      lang,
      pause: false,
      color: false,
      signal: new AbortController().signal,
      ...STRAIGHT_THROUGH_LAB,
      run: async () => 0,
    });
    const wide = io
      .out()
      .split('\n')
      .filter((line) => stringWidth(line) > columns);
    expect(wide).toEqual([]);
  });
});
