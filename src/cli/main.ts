import type { Argv } from 'yargs';
import { type ExitCode, InputError, isNetlabError } from '../errors.js';
import type { CommandContext, NetlabCommand } from './command.js';
import { commands } from './commands.js';
import { colorEnabled, type Io } from './io.js';
import { commandName, renderMenu } from './menu.js';
import { refuseRepeatedOptions } from './refuse-repeated-options.js';
import { skipUnaskedHelp } from './skip-unasked-help.js';

declare const NETLAB_VERSION: string;

/** The version baked in at build time; tests run from sources, where the define is absent. */
const version = typeof NETLAB_VERSION === 'string' ? NETLAB_VERSION : '0.0.0-dev';

interface GlobalArgs {
  json: boolean;
  color: boolean;
}

/** The one line a user sees for a failure, and the exit code that goes with it. */
function reportError(error: unknown, io: Io): ExitCode {
  if (isNetlabError(error)) {
    io.stderr.write(`netlab: ${error.message}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(
    `netlab: internal error (this is a bug in netlab, please report it):\n${detail}\n`,
  );
  return 1;
}

/** The first word that is not an option: the command the user meant to run, if any. */
function commandWord(args: readonly string[]): string | undefined {
  return args.find((arg) => !arg.startsWith('-'));
}

/** Whether a word names one of netlab's commands. */
function isCommand(word: string | undefined): word is string {
  return commands.some((command) => commandName(command) === word);
}

/** Turns a yargs usage message into netlab's one-line form, naming what was typed. */
function usageError(message: string, args: readonly string[]): InputError {
  const typed = commandWord(args);
  if (message.startsWith('Did you mean')) {
    return new InputError(
      'unknown-command',
      `unknown command "${typed}": ${message.replace('Did you mean', 'did you mean')}`,
    );
  }
  const extra = /^Unknown commands?: (.*)$/.exec(message);
  if (extra?.[1] !== undefined && typed !== undefined) {
    if (!isCommand(typed)) {
      return new InputError(
        'unknown-command',
        `unknown command "${typed}": run "netlab --help" for the list of commands`,
      );
    }
    const words = extra[1].split(', ').map((word) => `"${word}"`);
    const what = words.length === 1 ? `${words[0]} is one more` : `${words.join(', ')} are more`;
    return new InputError(
      'usage',
      `too many arguments: ${what} than "netlab ${typed}" takes (see "netlab ${typed} --help")`,
    );
  }
  const choice = /Argument: (\S+), Given: (.*), Choices: (.*)$/m.exec(message);
  if (choice) {
    return new InputError(
      'usage',
      `invalid value ${choice[2]} for --${choice[1]}: choose one of ${choice[3]}`,
    );
  }
  const first = message.split('\n')[0] ?? message;
  const hint = isCommand(typed) ? ` (see "netlab ${typed} --help")` : ' (see "netlab --help")';
  return new InputError('usage', `${first.charAt(0).toLowerCase()}${first.slice(1)}${hint}`);
}

function contextFor(argv: GlobalArgs, io: Io, signal: AbortSignal): CommandContext {
  return { io, json: argv.json, color: colorEnabled(io, argv), signal };
}

function register(
  parser: Argv,
  command: NetlabCommand,
  io: Io,
  signal: AbortSignal,
  setExit: (code: ExitCode) => void,
): void {
  parser.command({
    command: command.command,
    aliases: command.aliases ? [...command.aliases] : [],
    describe: command.describe,
    builder: (yargs) => command.builder(yargs).strict(),
    handler: async (argv) => {
      setExit(await command.run(argv, contextFor(argv as unknown as GlobalArgs, io, signal)));
    },
  });
}

async function buildParser(
  args: readonly string[],
  io: Io,
  signal: AbortSignal,
  setExit: (code: ExitCode) => void,
): Promise<Argv> {
  const { default: yargs } = await import('yargs');
  const parser = yargs()
    .scriptName('netlab')
    // English always: usageError reads yargs' messages, and LANG must not change them.
    .locale('en')
    .option('json', {
      type: 'boolean',
      default: false,
      global: true,
      describe: 'machine-readable output on stdout',
    })
    .option('color', {
      type: 'boolean',
      default: true,
      global: true,
      describe: 'colour output; --no-color (or NO_COLOR=1) turns it off',
    })
    // Strict per command (see register); top-level strict would refuse the completion command.
    .strictCommands()
    .strictOptions()
    .recommendCommands()
    .completion('completion', 'print a bash/zsh completion script for netlab')
    .help()
    .alias('help', 'h')
    .version(version)
    .wrap(Math.min(io.columns, 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? usageError(message, args);
    });
  skipUnaskedHelp(parser);
  refuseRepeatedOptions(parser);
  for (const command of commands) register(parser, command, io, signal, setExit);
  return parser;
}

/** Whether the arguments ask for the menu: none, or only `--help`/`-h`. */
function asksForMenu(args: readonly string[]): boolean {
  return args.length === 0 || (args.length === 1 && (args[0] === '--help' || args[0] === '-h'));
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
  if (asksForMenu(args)) {
    io.stdout.write(renderMenu(commands));
    return 0;
  }
  let exitCode: ExitCode = 0;
  try {
    const parser = await buildParser(args, io, signal, (code) => {
      exitCode = code;
    });
    let output = '';
    await parser.parseAsync([...args], {}, (_error, _argv, text) => {
      output = text;
    });
    if (output !== '') io.stdout.write(`${output}\n`);
  } catch (error) {
    return reportError(error, io);
  }
  return exitCode;
}
