import type { ArgumentsCamelCase, Argv } from 'yargs';
import type { CommandContext } from '../core/command-context.js';
import type { ExitCode } from '../core/exit-code.js';

/** Where a command sits in the menu. */
export type CommandGroup = 'calculators' | 'demos' | 'lessons';

/**
 * One netlab command: its menu entry, its yargs builder and what it runs. `run` loads the code it
 * needs with `await import()`, so that starting netlab loads only the command that runs.
 */
export interface NetlabCommand {
  readonly command: string;
  readonly aliases?: readonly string[];
  readonly describe: string;
  readonly group: CommandGroup;
  /** One example invocation, shown in the menu. */
  readonly example: string;
  readonly builder: (yargs: Argv) => Argv<unknown>;
  readonly run: (argv: ArgumentsCamelCase<unknown>, context: CommandContext) => Promise<ExitCode>;
}

/** The typed form a command is written in; `defineCommand` erases the argument type for the list. */
export interface CommandSpec<T> {
  readonly command: string;
  readonly aliases?: readonly string[];
  readonly describe: string;
  readonly group: CommandGroup;
  readonly example: string;
  readonly builder: (yargs: Argv) => Argv<T>;
  readonly run: (argv: ArgumentsCamelCase<T>, context: CommandContext) => Promise<ExitCode>;
}

/** Declares a command with arguments typed by its builder. */
export function defineCommand<T>(spec: CommandSpec<T>): NetlabCommand {
  return spec as unknown as NetlabCommand;
}
