import { describe, expect, test } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';
import { renderMenu } from '../../src/cli/menu.js';
import { memoryIo } from '../helpers/memory-io.js';

describe('main() without arguments', () => {
  test.for([
    ['stdin is a terminal, stdout is piped', { stdinIsTTY: true, stdoutIsTTY: false }],
    ['stdout is a terminal, stdin is piped', { stdinIsTTY: false, stdoutIsTTY: true }],
    ['neither is a terminal', { stdinIsTTY: false, stdoutIsTTY: false }],
  ] as const)('prints the grouped menu when %s', async ([, tty]) => {
    const io = memoryIo(tty);
    expect(await main([], io)).toBe(0);
    expect(io.out()).toBe(renderMenu(commands));
    expect(io.err()).toBe('');
  });

  test('--help and -h print the same menu', async () => {
    for (const flag of ['--help', '-h']) {
      const io = memoryIo({ stdinIsTTY: true, stdoutIsTTY: true });
      expect(await main([flag], io)).toBe(0);
      expect(io.out()).toBe(renderMenu(commands));
    }
  });
});

describe('renderMenu()', () => {
  test('lists the groups in order: calculators, demos, lessons', () => {
    const menu = renderMenu(commands);
    const order = [
      'Calculators:',
      'Demos and tools (real sockets):',
      'Lessons and simulations:',
    ].map((title) => menu.indexOf(title));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('shows every command with its description and example', () => {
    const menu = renderMenu(commands);
    for (const command of commands) {
      expect(menu).toContain(
        `  ${command.command}\n      ${command.describe}\n      e.g. ${command.example}\n`,
      );
    }
  });
});
