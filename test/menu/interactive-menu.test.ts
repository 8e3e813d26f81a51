import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { NetlabCommand } from '../../src/cli/command.js';
import { commands } from '../../src/cli/commands.js';
import { exampleArguments } from '../../src/cli/interactive-menu.js';
import { commandName, menuSections } from '../../src/cli/menu.js';
import { splitArguments } from '../../src/cli/split-arguments.js';
import { readContentJson } from '../../src/core/content-file.js';
import { drivePty, KEY } from '../helpers/pty.js';
import { runCli } from '../helpers/run-cli.js';

const MENU_PROMPT = 'What would you like to run?';
const TAGS = { calculators: 'calculator', demos: 'demo', lessons: 'lesson' } as const;

/** The commands in the order the menu lists them. */
const listed: readonly NetlabCommand[] = menuSections(commands).flatMap((s) => s.commands);
const firstCalculator = listed.find((command) => command.group === 'calculators')!;

/** The terminal's text with the lines joined the way a command prints them. */
function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trimEnd());
}

describe('netlab on a terminal', () => {
  test('offers every command, tagged with its group in menu order, and Esc leaves with exit 0', async () => {
    // Tall enough to show the whole list; on 24 rows it scrolls.
    const result = await drivePty([{ waitFor: MENU_PROMPT, send: KEY.escape }], { rows: 30 });
    expect(result.failedStep).toBeNull();
    expect(result.exitCode).toBe(0);
    const rows = listed.map(
      (command) => `${TAGS[command.group].padEnd(10)}  ${commandName(command)}`,
    );
    const shown = lines(result.text);
    const positions = rows.map((row) => shown.findIndex((line) => line.includes(row)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(result.text).toContain('Left the menu.');
  });

  test("docs/menu.md's picture of the menu is the menu an 80x24 terminal shows", async () => {
    const result = await drivePty([{ waitFor: MENU_PROMPT, send: KEY.escape }]);
    const docs = readFileSync('docs/menu.md', 'utf8');
    const picture = /```text\n(┌[^`]*?└)\n```/.exec(docs)?.[1];
    const firstScreen = lines(result.text).join('\n');
    expect(firstScreen.startsWith(`${picture}\n`)).toBe(true);
  });

  test('the down arrow and Enter choose the second command and ask for its arguments', async () => {
    const second = listed[1]!;
    const result = await drivePty([
      { waitFor: MENU_PROMPT, send: KEY.down },
      { waitFor: commandName(second), send: KEY.enter },
      { waitFor: `netlab ${second.command}`, send: KEY.escape },
    ]);
    expect(result.failedStep).toBeNull();
    expect(result.exitCode).toBe(0);
  });

  test('Enter on an empty answer runs the example and prints what the command line prints', async () => {
    const example = exampleArguments(firstCalculator);
    const result = await drivePty([
      { waitFor: MENU_PROMPT, send: KEY.enter },
      { waitFor: example, send: KEY.enter },
    ]);
    const direct = await runCli([commandName(firstCalculator), ...splitArguments(example)], {
      env: { NO_COLOR: '1' },
    });
    expect(result.failedStep).toBeNull();
    expect(result.exitCode).toBe(direct.code);
    expect(result.text).toContain(`netlab ${commandName(firstCalculator)} ${example}`);
    const shown = result.text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n');
    expect(shown).toContain(direct.stdout.trimEnd());
  });

  test('refused arguments show the error and come back for editing; leaving then exits 2', async () => {
    const result = await drivePty([
      { waitFor: MENU_PROMPT, send: KEY.enter },
      { waitFor: 'Enter runs', send: `999.1.1.1 10.0.0.1 /24${KEY.enter}` },
      { waitFor: 'netlab: ' },
      { waitFor: 'Those arguments were refused' },
      { waitFor: '999.1.1.1 10.0.0.1 /24', send: KEY.escape },
    ]);
    expect(result.failedStep).toBeNull();
    expect(result.exitCode).toBe(2);
    expect(result.text).toMatch(/netlab: [^\n]*"999\.1\.1\.1"/);
  });

  test('an unclosed quote is refused under the input before anything runs', async () => {
    const result = await drivePty([
      { waitFor: MENU_PROMPT, send: KEY.enter },
      { waitFor: 'Enter runs', send: `"10.0.0.1${KEY.enter}` },
      { waitFor: 'the " quote is never closed', send: KEY.escape },
    ]);
    expect(result.failedStep).toBeNull();
    expect(result.exitCode).toBe(0);
    expect(result.text).not.toContain('netlab: ');
  });

  test('under a Chinese locale the menu asks, tags, describes and leaves in Chinese', async () => {
    const zh = readContentJson('messages/zh/help.json') as Record<string, string>;
    const result = await drivePty(
      [
        { waitFor: '要运行什么？', send: KEY.enter },
        { waitFor: '按 Enter 运行示例', send: KEY.escape },
      ],
      { env: { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, rows: 30 },
    );
    expect(result.failedStep).toBeNull();
    expect(result.exitCode).toBe(0);
    const shown = lines(result.text).join('\n');
    expect(shown).toContain(`计算器      ${commandName(firstCalculator)}`);
    expect(shown).toContain(zh[`command-${commandName(firstCalculator)}`]);
    expect(shown).toContain(`netlab ${firstCalculator.command}（按 Enter 运行示例）`);
    expect(shown).toContain('已离开菜单。');
    expect(shown).not.toContain(MENU_PROMPT);
    expect(shown).not.toContain('to navigate');
    expect(shown).not.toContain(firstCalculator.describe);
  });

  test('with arguments, a terminal gets the command, not the menu', async () => {
    const result = await drivePty([], { args: ['--version'] });
    expect(result.exitCode).toBe(0);
    expect(result.text).not.toContain(MENU_PROMPT);
    expect(result.text.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
