import type { Argv } from 'yargs';
import type { CommandContext } from '../core/command-context.js';
import type { ExitCode } from '../core/exit-code.js';
import { colorEnabled, type Io } from '../core/io.js';
import { interfaceLang, type Lang } from '../core/lang.js';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';
import type { NetlabCommand } from './command.js';
import { commands } from './commands.js';
import { commandDescription, commandName, renderMenu } from './menu.js';
import { reportError, VERSION } from './report-error.js';
import { translatedBuilder } from './translated-builder.js';
import { USAGE_RECORDS, usageFailure } from './usage-failure.js';

interface GlobalArgs {
  json: boolean;
  color: boolean;
}

/**
 * What one run knows and learns while yargs parses: the language of netlab's words, the
 * command's exit code, and whether --json was asked.
 */
interface RunState {
  readonly lang: Lang;
  exitCode: ExitCode;
  json: boolean;
}

/** The first word that is not an option: the command the user meant to run, if any. */
function commandWord(args: readonly string[]): string | undefined {
  return args.find((arg) => !arg.startsWith('-'));
}

/** Whether a word names one of netlab's commands. */
function isCommand(word: string | undefined): word is string {
  return commands.some((command) => commandName(command) === word);
}

function contextFor(argv: GlobalArgs, io: Io, signal: AbortSignal): CommandContext {
  return {
    io,
    json: argv.json,
    color: colorEnabled(io, argv),
    signal,
    runCommand: (args) => main(args, io, signal),
  };
}

function register(
  parser: Argv,
  command: NetlabCommand,
  io: Io,
  signal: AbortSignal,
  state: RunState,
  help: MessageCatalogue,
): void {
  parser.command({
    command: command.command,
    aliases: command.aliases ? [...command.aliases] : [],
    describe: commandDescription(command, help),
    builder: (yargs) => {
      command.builder(translatedBuilder(yargs, help));
      return yargs.strict();
    },
    handler: async (argv) => {
      state.exitCode = await command.run(
        argv,
        contextFor(argv as unknown as GlobalArgs, io, signal),
      );
    },
  });
}

async function buildParser(
  args: readonly string[],
  io: Io,
  signal: AbortSignal,
  state: RunState,
): Promise<Argv> {
  const { default: yargs } = await import('yargs');
  const help = messageCatalogue(state.lang, 'help');
  const parser = yargs()
    .scriptName('netlab')
    // The language netlab chose, not the one yargs would guess; failures arrive as records.
    .locale(state.lang === 'zh' ? 'zh_CN' : 'en')
    // @types/yargs allows only strings; y18n also takes the {one, other} plurals en.json uses.
    .updateStrings(USAGE_RECORDS as unknown as Record<string, string>)
    .option('json', {
      type: 'boolean',
      default: false,
      global: true,
      describe: help.format('option-json'),
    })
    .option('color', {
      type: 'boolean',
      default: true,
      global: true,
      describe: help.format('option-color'),
    })
    // Every command takes it; a command that speaks only some languages narrows it.
    .option('lang', { type: 'string', global: true, describe: help.format('option-lang') })
    // Strict per command (see register); top-level strict would refuse the completion command.
    .strictCommands()
    .strictOptions()
    .recommendCommands()
    .completion('completion', help.format('completion'))
    .help()
    .alias('help', 'h')
    .version(VERSION)
    .wrap(Math.min(io.columns, 100))
    .exitProcess(false)
    // Before validation, so that a usage error knows whether to answer in JSON too.
    .middleware((argv) => {
      state.json = argv.json === true;
    }, true)
    .fail((message, error) => {
      const typed = commandWord(args);
      throw error ?? usageFailure(message, { typed, known: isCommand(typed) });
    });
  for (const command of commands) register(parser, command, io, signal, state, help);
  return parser;
}

/** Whether the arguments ask for the menu: none, or only `--help`/`-h`, with or without --lang. */
function asksForMenu(args: readonly string[]): boolean {
  const rest = args.filter(
    (arg, index) => arg !== '--lang' && args[index - 1] !== '--lang' && !arg.startsWith('--lang='),
  );
  return rest.length === 0 || (rest.length === 1 && (rest[0] === '--help' || rest[0] === '-h'));
}

/**
 * Runs netlab with the given arguments (without `node` and the script) and returns its exit code.
 * The menu is drawn without loading yargs; on a terminal, no arguments open the interactive menu.
 */
export async function main(
  args: readonly string[],
  io: Io,
  signal: AbortSignal = new AbortController().signal,
): Promise<ExitCode> {
  if (args.length === 0 && io.stdinIsTTY && io.stdoutIsTTY) {
    const { runInteractiveMenu } = await import('./interactive-menu.js');
    return runInteractiveMenu(commands, { io, signal, run: (chosen) => main(chosen, io, signal) });
  }
  const lang = interfaceLang(args, io.env);
  if (asksForMenu(args)) {
    io.stdout.write(renderMenu(commands, lang));
    return 0;
  }
  const state: RunState = { lang, exitCode: 0, json: false };
  try {
    const parser = await buildParser(args, io, signal, state);
    let output = '';
    await parser.parseAsync([...args], {}, (_error, _argv, text) => {
      output = text;
    });
    if (output !== '') io.stdout.write(`${output}\n`);
  } catch (error) {
    return reportError(error, io, { json: state.json, lang });
  }
  return state.exitCode;
}
