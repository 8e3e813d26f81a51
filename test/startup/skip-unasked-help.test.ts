import { describe, expect, test } from 'vitest';
import yargs, { type Argv } from 'yargs';
import { skipUnaskedHelp } from '../../src/cli/skip-unasked-help.js';

/** yargs' usage object, reached the way skipUnaskedHelp reaches it. */
interface UsageProbe {
  getInternalMethods: () => { getUsageInstance: () => { hasCachedHelpMessage: () => boolean } };
}

/** A parser with one command that records that it ran. */
function parserWithCommand(ran: string[]): Argv {
  return yargs()
    .scriptName('netlab')
    .exitProcess(false)
    .command(
      'echo <word>',
      'repeat a word',
      (y) => y.positional('word', { type: 'string', demandOption: true }),
      (argv) => {
        ran.push(String(argv.word));
      },
    );
}

function drawnHelpKept(parser: Argv): boolean {
  return (parser as unknown as UsageProbe)
    .getInternalMethods()
    .getUsageInstance()
    .hasCachedHelpMessage();
}

describe('skipUnaskedHelp()', () => {
  test('without it, yargs draws and keeps the command help on every run (the cost removed)', async () => {
    const ran: string[] = [];
    const parser = parserWithCommand(ran);
    await parser.parseAsync(['echo', 'hi']);
    expect(ran).toEqual(['hi']);
    expect(drawnHelpKept(parser)).toBe(true);
  });

  test('with it, the command runs and no help is drawn', async () => {
    const ran: string[] = [];
    const parser = parserWithCommand(ran);
    skipUnaskedHelp(parser);
    await parser.parseAsync(['echo', 'hi']);
    expect(ran).toEqual(['hi']);
    expect(drawnHelpKept(parser)).toBe(false);
  });

  test('asked-for help is still drawn in full', async () => {
    const parser = parserWithCommand([]);
    skipUnaskedHelp(parser);
    let output = '';
    await parser.parseAsync(['echo', '--help'], {}, (_error, _argv, text) => {
      output = text;
    });
    expect(output).toContain('netlab echo <word>');
    expect(output).toContain('repeat a word');
  });
});
