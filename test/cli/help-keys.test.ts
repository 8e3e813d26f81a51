import { describe, expect, test } from 'vitest';
import { commandSpec } from '../../src/cli/command.js';
import { commands } from '../../src/cli/commands.js';
import { commandName } from '../../src/cli/menu.js';
import { helpKeyProblems, recordHelp } from '../helpers/help-recorder.js';

describe("every command's help texts are keys of help.json", () => {
  test.each(commands.map((command) => [commandName(command), command] as const))(
    '%s: every describe and example is a help.json key with its placeholders filled, in en and zh',
    (_name, command) => {
      const { lookups, undescribed } = recordHelp(command.builder);
      expect(lookups.length).toBeGreaterThan(0);
      expect(undescribed).toEqual([]);
      expect(helpKeyProblems(lookups, 'en')).toEqual([]);
      expect(helpKeyProblems(lookups, 'zh')).toEqual([]);
    },
  );

  test('a describe or an example written as English text is reported, and so is a missing value', () => {
    const spec = commandSpec({
      command: 'fake',
      describe: 'fake',
      group: 'calculators',
      example: 'netlab fake',
      builder: (yargs) =>
        yargs
          .option('plain', { type: 'string', describe: 'the words as written' })
          .option('data', { type: 'string', describe: 'handshake-data' })
          .example('netlab fake', 'an example as written'),
    });
    expect(helpKeyProblems(recordHelp(spec.builder).lookups, 'zh')).toEqual([
      '"the words as written" is not a key of zh/help.json',
      '"handshake-data" needs {max}, the builder gives {}',
      '"an example as written" is not a key of zh/help.json',
    ]);
  });
});
