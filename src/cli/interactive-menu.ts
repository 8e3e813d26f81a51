import { cancel, intro, isCancel, log, outro, select, text } from '@clack/prompts';
import type { ExitCode } from '../core/exit-code.js';
import type { Io } from '../core/io.js';
import type { NetlabCommand } from './command.js';
import { commandName, menuSections } from './menu.js';
import { splitArguments } from './split-arguments.js';

/** What the interactive menu needs from the CLI around it. */
export interface InteractiveMenuOptions {
  readonly io: Io;
  /** Aborted on Ctrl-C outside a prompt; an open prompt closes as if cancelled. */
  readonly signal: AbortSignal;
  /** Runs one netlab command line (the words after `netlab`) and returns its exit code. */
  readonly run: (args: readonly string[]) => Promise<ExitCode>;
}

/** Short group names for the menu rows, so a row fits 80 columns with its hint. */
const GROUP_TAGS: Record<NetlabCommand['group'], string> = {
  calculators: 'calculator',
  demos: 'demo',
  lessons: 'lesson',
};

/** The words of a command's example after `netlab <name>`: `192.168.1.77/26` for subnet's. */
export function exampleArguments(command: NetlabCommand): string {
  const prefix = `netlab ${commandName(command)}`;
  return command.example.startsWith(prefix) ? command.example.slice(prefix.length).trim() : '';
}

/** The message of a failed split, for clack to show under the input, or nothing when it splits. */
function splitProblem(line: string | undefined): string | undefined {
  try {
    splitArguments(line ?? '');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Asks which command to run; undefined when the user leaves. */
async function chooseCommand(
  commands: readonly NetlabCommand[],
  options: InteractiveMenuOptions,
): Promise<NetlabCommand | undefined> {
  const { io, signal } = options;
  const rows = menuSections(commands).flatMap((section) =>
    section.commands.map((command) => ({
      value: commandName(command),
      label: `${GROUP_TAGS[section.group].padEnd(10)}  ${commandName(command)}`,
      hint: command.describe,
    })),
  );
  const chosen = await select({
    message: 'What would you like to run? (Esc leaves)',
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
): Promise<string | undefined> {
  const { io, signal } = options;
  const example = exampleArguments(command);
  const line = await text({
    // The example is the placeholder, shown greyed in the empty input.
    message: `netlab ${command.command} (Enter runs ${example === '' ? 'it' : 'the example'})`,
    placeholder: example,
    defaultValue: example,
    ...(previous === undefined ? {} : { initialValue: previous }),
    validate: splitProblem,
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
  intro('netlab — learn how networks work by running them', { output: io.stdout });
  const command = await chooseCommand(commands, options);
  let line: string | undefined;
  let exitCode: ExitCode = 0;
  // Ask, run, and ask again only while the command refuses the arguments.
  while (command !== undefined) {
    line = await askArguments(command, line, options);
    if (line === undefined) break;
    const args = [commandName(command), ...splitArguments(line)];
    outro(`netlab ${line === '' ? args[0] : `${args[0]} ${line}`}`, { output: io.stdout });
    exitCode = await options.run(args);
    if (exitCode !== 2) return exitCode;
    log.warn('Those arguments were refused (see above): edit them, or press Esc to leave.', {
      output: io.stdout,
    });
  }
  cancel('Left the menu.', { output: io.stdout });
  return exitCode;
}
