import { describe, expect, test } from 'vitest';
import { hasPty, onTerminal } from '../helpers/pty.js';

const NEXT = 'Enter: next, b: back, q: quit';
/** Enter at each of the five pauses of the ports lesson: what reaches its questions. */
const THROUGH_THE_STEPS: readonly [string, string][] = Array.from({ length: 5 }, () => [
  NEXT,
  '\r',
]);

/** Taller than any step's output, so no action is paged (test/lessons/lesson-paging.test.ts is). */
const TALL = { rows: 60 } as const;

describe.skipIf(!hasPty)('netlab lesson on a real terminal', () => {
  test('pauses after each step: Enter goes on, b goes back, q quits', async () => {
    const screen = await onTerminal(
      ['lesson', 'ports'],
      [
        [NEXT, '\r'],
        [NEXT, 'b'],
        [NEXT, 'q'],
      ],
      TALL,
    );
    expect(screen.exitCode).toBe(0);
    expect(screen.raw.match(/\[1\/5\] A port finds the program/g)).toHaveLength(2);
    expect(screen.raw.match(/\[2\/5\] Three ranges/g)).toHaveLength(1);
    expect(screen.raw).toContain('$ netlab port 80 3306 50000');
    expect(screen.raw).not.toContain('[3/5]');
    expect(screen.raw).not.toContain('Check your understanding');
  });

  test('asks the questions at the end and checks each reply against the calculator', async () => {
    const prompt = '   > ';
    const screen = await onTerminal(
      ['lesson', 'ports'],
      [
        ...THROUGH_THE_STEPS,
        [prompt, '1\r'],
        [prompt, '3\r'],
        [prompt, 'x\r'],
        ['Please type one of the numbers in the list', ''],
        [prompt, '3\r'],
        [prompt, 'n\r'],
        [prompt, '80\r'],
      ],
      TALL,
    );
    expect(screen.exitCode).toBe(0);
    expect(screen.raw).toContain('1. Which range is port 443 in? (type a number from the list)');
    expect(screen.raw).toContain('Not quite: the answer is registered (1024-49151).');
    expect(screen.raw).toContain('You answered 4 of 5 correctly.');
    expect(screen.raw).toContain('End of lesson "ports".');
  });

  test('speaks Chinese with --lang zh, prompt included', async () => {
    const screen = await onTerminal(
      ['lesson', 'ports', '--lang', 'zh'],
      [['回车：下一步，b：上一步，q：退出', 'q']],
    );
    expect(screen.exitCode).toBe(0);
    expect(screen.raw).toContain('[1/5] 端口用来找程序');
  });

  test('--no-pause plays straight through even on a terminal', async () => {
    const screen = await onTerminal(['lesson', 'ports', '--no-pause'], []);
    expect(screen.exitCode).toBe(0);
    expect(screen.raw).not.toContain(NEXT);
    expect(screen.raw).toContain('End of lesson "ports".');
  });
});

describe.skipIf(!hasPty)('Ctrl-C and quitting in a lesson on a real terminal', () => {
  test('Ctrl-C at a pause ends the lesson with exit 130', async () => {
    const screen = await onTerminal(['lesson', 'ports'], [[NEXT, '\x03']]);
    expect(screen.exitCode).toBe(130);
    expect(screen.raw).not.toContain('[2/5]');
  });

  test.for([
    ['q', 'q\r'],
    ['Esc', '\x1b\r'],
  ] as const)('%s at a question prompt quits as at a pause', async ([, keys]) => {
    const screen = await onTerminal(
      ['lesson', 'ports'],
      [...THROUGH_THE_STEPS, ['   > ', keys]],
      TALL,
    );
    expect(screen.exitCode).toBe(0);
    expect(screen.raw).not.toContain('Please type one of the numbers');
    expect(screen.raw).not.toContain('2. ');
  });
});
