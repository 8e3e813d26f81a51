import type { Argv, FallbackCompletionFunction } from 'yargs';
import type { CommandContext } from '../core/command-context.js';
import { InputError } from '../core/errors.js';
import type { ExitCode } from '../core/exit-code.js';
import { colorEnabled, type Io } from '../core/io.js';
import { builtInLang, interfaceLang, type Lang, languageOfTag } from '../core/lang.js';
import { checkLessonLang, lessonLangs } from '../lessons/lesson-words.js';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';
import type { NetlabCommand } from './command.js';
import { commands } from './commands.js';
import { completeWords } from './complete-words.js';
import { commandDescription, commandName, renderMenu } from './menu.js';
import { placeOperands } from './operands-after-dash.js';
import { refuseRepeatedOptions } from './repeated-options.js';
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

function contextFor(argv: GlobalArgs, io: Io, signal: AbortSignal, lang: Lang): CommandContext {
  return {
    io,
    lang,
    json: argv.json,
    color: colorEnabled(io, argv),
    signal,
    runCommand: (args, into = io) => main(args, into, signal),
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
    handler: async (parsed) => {
      const argv = placeOperands(command.command, parsed) as typeof parsed;
      const handler = await command.load();
      state.exitCode = await handler.run(
        argv,
        contextFor(argv as unknown as GlobalArgs, io, signal, state.lang),
      );
    },
  });
}

/** The option a shell's completion script asks netlab for words with (yargs' name for it). */
const COMPLETION_FLAG = '--get-yargs-completions';

/**
 * yargs' completion function when a shell asks for words: netlab's own values (demo names,
 * lesson ids, topologies, `--role` values; complete-words.ts), else yargs' command and option
 * names that start with the word typed. Other runs get none.
 */
async function completionFor(
  args: readonly string[],
): Promise<FallbackCompletionFunction | undefined> {
  const at = args.indexOf(COMPLETION_FLAG);
  if (at === -1) return undefined;
  // bash and zsh hand over the whole line, the program's name first. Worked out before yargs
  // parses, as yargs wants its answer synchronously and a list may have to be loaded.
  const values = await completeWords(args.slice(at + 2), commands);
  return (current, _argv, defaultCompletion, done) => {
    if (values !== undefined) return done([...values]);
    defaultCompletion((_error, names) =>
      done((names ?? []).filter((name) => name.startsWith(current))),
    );
  };
}

async function buildParser(
  args: readonly string[],
  io: Io,
  signal: AbortSignal,
  state: RunState,
): Promise<Argv> {
  const { default: yargs } = await import('yargs');
  const help = messageCatalogue(state.lang, 'help');
  const complete = await completionFor(args);
  const parser = yargs()
    .scriptName('netlab')
    // The language netlab chose, not the one yargs would guess; failures arrive as records.
    .locale(state.lang === 'zh' ? 'zh_CN' : 'en')
    // @types/yargs allows only strings; y18n also takes the {one, other} plurals en.json uses.
    .updateStrings(USAGE_RECORDS as unknown as Record<string, string>)
    // Operands after `--` stay strings and apart, for placeOperands to give to the positionals.
    .parserConfiguration({ 'populate--': true, 'parse-positional-numbers': false })
    .option('json', {
      type: 'boolean',
      default: false,
      global: true,
      describe: help.format('option-json'),
    })
    // Every command takes it; a command that speaks only some languages narrows it.
    .option('lang', { type: 'string', global: true, describe: help.format('option-lang') })
    .option('color', {
      type: 'boolean',
      default: true,
      global: true,
      describe: help.format('option-color'),
    })
    // Strict per command (see register); top-level strict would refuse the completion command.
    .strictCommands()
    .strictOptions()
    .recommendCommands()
    .completion('completion', help.format('completion'), complete)
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
  // A half-typed line is no mistake: while a shell asks for words, nothing refuses it.
  if (complete === undefined)
    parser.middleware(refuseRepeatedOptions, true).middleware(checkLang, true);
  for (const command of commands) register(parser, command, io, signal, state, help);
  return parser;
}

/** Options that go with every command: given alone, they still ask for the menu. */
const GLOBAL_FLAGS: ReadonlySet<string> = new Set([
  '--color',
  '--no-color',
  '--json',
  '--help',
  '-h',
]);

/** Commands that speak a language a translator added only as lesson data. */
const LESSON_COMMANDS = new Set(['lesson', 'tour']);

/**
 * Checks `--lang`: English, Chinese, or a language added as lesson data (docs/translating.md). Only the
 * lesson player speaks an added language; every other command speaks English for it.
 */
function checkLang(argv: { lang?: unknown; _: readonly (string | number)[] }): void {
  if (typeof argv.lang !== 'string') return;
  const lang = checkLessonLang(argv.lang);
  argv.lang = LESSON_COMMANDS.has(String(argv._[0])) ? lang : builtInLang(lang);
}

/**
 * The arguments without the global options, or undefined when one of those is malformed (left
 * to yargs to refuse): `--lang` takes one of lessonLangs().
 */
function withoutGlobalOptions(args: readonly string[]): readonly string[] | undefined {
  const rest: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (GLOBAL_FLAGS.has(arg)) continue;
    if (arg.startsWith('--lang=') && isLang(arg.slice('--lang='.length))) continue;
    if (arg === '--lang' && isLang(args[index + 1] ?? '')) {
      index += 1;
      continue;
    }
    if (arg.startsWith('--lang')) return undefined;
    rest.push(arg);
  }
  return rest;
}

function isLang(value: string): boolean {
  return lessonLangs().includes(value) || lessonLangs().includes(languageOfTag(value));
}

/**
 * The words other tools take for their help and version: `netlab help [COMMAND]` is `--help`
 * (the same menu or page), `netlab version` is `--version`.
 */
function asFlags(args: readonly string[]): readonly string[] {
  if (args[0] === 'help') return [...args.slice(1), '--help'];
  if (args.length === 1 && args[0] === 'version') return ['--version'];
  return args;
}

/**
 * Runs netlab with the given arguments (without `node` and the script) and returns its exit code.
 * The menu is drawn without loading yargs; on a terminal, no arguments open the interactive menu.
 */
export async function main(
  typed: readonly string[],
  io: Io,
  signal: AbortSignal = new AbortController().signal,
): Promise<ExitCode> {
  const args = asFlags(typed);
  const lang = interfaceLang(args, io.env);
  // Global options alone (`netlab --no-color`, `netlab --lang zh`) still reach the menu; a
  // script's `netlab --json` gets an error record instead of a menu it cannot read.
  if (withoutGlobalOptions(args)?.length === 0) {
    const help = args.includes('--help') || args.includes('-h');
    if (!help && args.includes('--json')) {
      return reportError(new InputError('command-missing'), io, { json: true, lang });
    }
    if (!help && io.stdinIsTTY && io.stdoutIsTTY) {
      const { runInteractiveMenu } = await import('./interactive-menu.js');
      return runInteractiveMenu(commands, {
        io,
        signal,
        lang,
        run: (chosen) => main(chosen, io, signal),
      });
    }
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
