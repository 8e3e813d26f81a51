import { cancel, intro, isCancel, log, outro, select, text } from '@clack/prompts';
import stringWidth from 'string-width';
import { isNetlabError } from '../core/errors.js';
import type { ExitCode } from '../core/exit-code.js';
import type { Io } from '../core/io.js';
import { type Lang, langFromEnv } from '../core/lang.js';
import { errorMessage } from '../text/error-message.js';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';
import type { NetlabCommand } from './command.js';
import { commandDescription, commandName, menuSections } from './menu.js';
import { splitArguments } from './split-arguments.js';

/** What the interactive menu needs from the CLI around it. */
export interface InteractiveMenuOptions {
  readonly io: Io;
  /** Aborted on Ctrl-C outside a prompt; an open prompt closes as if cancelled. */
  readonly signal: AbortSignal;
  /** Runs one netlab command line (the words after `netlab`) and returns its exit code. */
  readonly run: (args: readonly string[]) => Promise<ExitCode>;
  /** The language of the menu's words; without it, the one LANG/LC_ALL name. */
  readonly lang?: Lang;
}

/** The columns of the group tag before a row's command name (the longest tag, `calculator`). */
const TAG_COLUMNS = 10;

/** The menu's words, and the language of the errors it shows under the input. */
interface MenuWords {
  readonly help: MessageCatalogue;
  readonly lang: string;
}

/** A short group name for a menu row (help.json's `menu-tag-GROUP`), padded to its column. */
function groupTag(group: NetlabCommand['group'], help: MessageCatalogue): string {
  const tag = help.format(`menu-tag-${group}`);
  return tag + ' '.repeat(Math.max(0, TAG_COLUMNS - stringWidth(tag)));
}

/** The words of a command's example after `netlab <name>`: `192.168.1.77/26` for subnet's. */
export function exampleArguments(command: NetlabCommand): string {
  const prefix = `netlab ${commandName(command)}`;
  return command.example.startsWith(prefix) ? command.example.slice(prefix.length).trim() : '';
}

/** The message of a failed split, for clack to show under the input, or nothing when it splits. */
function splitProblem(line: string | undefined, lang: string): string | undefined {
  try {
    splitArguments(line ?? '');
    return undefined;
  } catch (error) {
    if (isNetlabError(error)) return errorMessage(error, lang);
    return error instanceof Error ? error.message : String(error);
  }
}

/** Asks which command to run; undefined when the user leaves. */
async function chooseCommand(
  commands: readonly NetlabCommand[],
  options: InteractiveMenuOptions,
  { help }: MenuWords,
): Promise<NetlabCommand | undefined> {
  const { io, signal } = options;
  const rows = menuSections(commands, help).flatMap((section) =>
    section.commands.map((command) => ({
      value: commandName(command),
      label: `${groupTag(section.group, help)}  ${commandName(command)}`,
      hint: commandDescription(command, help),
    })),
  );
  const chosen = await select({
    message: help.format('menu-choose'),
    // clack's key footer ("↑/↓ to navigate • Enter: confirm") is English only; in another
    // language menu-choose names the keys itself.
    showInstructions: help.lang === 'en',
    options: rows,
    input: io.stdin,
    output: io.stdout,
    signal,
  });
  if (isCancel(chosen)) return undefined;
  return commands.find((command) => commandName(command) === chosen);
}

/** Asks for the command's arguments, offering its example; undefined when the user leaves. */
async function askArguments(
  command: NetlabCommand,
  previous: string | undefined,
  options: InteractiveMenuOptions,
  { help, lang }: MenuWords,
): Promise<string | undefined> {
  const { io, signal } = options;
  const example = exampleArguments(command);
  const line = await text({
    // The example is the placeholder, shown greyed in the empty input.
    message: help.format(example === '' ? 'menu-arguments' : 'menu-arguments-example', {
      command: command.command,
    }),
    placeholder: example,
    defaultValue: example,
    ...(previous === undefined ? {} : { initialValue: previous }),
    validate: (typed) => splitProblem(typed, lang),
    input: io.stdin,
    output: io.stdout,
    signal,
  });
  return isCancel(line) ? undefined : line;
}

/**
 * The menu `netlab` offers on a terminal: pick a lesson, demo or calculator with the arrow keys,
 * give its arguments (Enter takes the example), and it runs. Bad arguments (exit 2) bring the
 * arguments back for editing. Leaving with Esc or Ctrl-C exits 0, or 2 after refused arguments.
 */
export async function runInteractiveMenu(
  commands: readonly NetlabCommand[],
  options: InteractiveMenuOptions,
): Promise<ExitCode> {
  const { io } = options;
  const lang = options.lang ?? langFromEnv(io.env);
  const words: MenuWords = {
    help: messageCatalogue(lang, 'help'),
    lang,
  };
  intro(words.help.format('menu-title'), { output: io.stdout });
  const command = await chooseCommand(commands, options, words);
  let line: string | undefined;
  let exitCode: ExitCode = 0;
  // Ask, run, and ask again only while the command refuses the arguments.
  while (command !== undefined) {
    line = await askArguments(command, line, options, words);
    if (line === undefined) break;
    const args = [commandName(command), ...splitArguments(line)];
    outro(`netlab ${line === '' ? args[0] : `${args[0]} ${line}`}`, { output: io.stdout });
    exitCode = await options.run(args);
    if (exitCode !== 2) return exitCode;
    log.warn(words.help.format('menu-refused'), { output: io.stdout });
  }
  cancel(words.help.format('menu-left'), { output: io.stdout });
  return exitCode;
}
