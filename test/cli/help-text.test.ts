import { describe, expect, test } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';
import { commandName } from '../../src/cli/menu.js';
import { readContentJson } from '../../src/core/content-file.js';
import { memoryIo } from '../helpers/memory-io.js';

const keys = Object.keys(readContentJson('messages/en/help.json') as Record<string, string>);

describe("every command's --help is made from the help messages", () => {
  test.each(commands.map(commandName))(
    '%s --help shows no message key, only words',
    async (name) => {
      for (const lang of ['en', 'zh']) {
        const io = memoryIo();
        expect(await main([name, '--help', '--lang', lang], io)).toBe(0);
        const words = io.out().split(/\s+/);
        expect(words.filter((word) => keys.includes(word))).toEqual([]);
      }
    },
  );
});
