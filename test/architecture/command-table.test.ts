import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { commandName } from '../../src/cli/menu.js';

/** The command files of a folder of src/cli, without the `_` helpers they share. */
function commandFiles(folder: string): string[] {
  return readdirSync(`src/cli/${folder}`)
    .filter((name) => name.endsWith('.ts') && !name.startsWith('_'))
    .map((name) => name.replace(/\.ts$/, ''))
    .sort();
}

describe('the command table', () => {
  test('every command has a spec in cli/commands and a handler of the same name in cli/handlers', () => {
    const names = commands.map(commandName).sort();
    expect(commandFiles('commands')).toEqual(names);
    expect(commandFiles('handlers')).toEqual(names);
  });

  test.each(commands.map((command) => [commandName(command), command] as const))(
    "%s's loader gives a handler module with a run function",
    async (_name, command) => {
      const handler = await command.load();
      expect(typeof handler.run).toBe('function');
    },
  );
});
