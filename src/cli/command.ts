import type { ArgumentsCamelCase, Argv } from 'yargs';
import type { CommandContext } from '../core/command-context.js';
import type { ExitCode } from '../core/exit-code.js';

/** Where a command sits in the menu. */
export type CommandGroup = 'calculators' | 'demos' | 'lessons';

/**
 * What a command shows before it runs: its menu entry and its yargs builder (options, help).
 * Kept apart from the code that does the work, so that the menu and `--help` load no command's
 * code; `T` is the type of the arguments the builder declares.
 */
export interface CommandSpec<T> {
  readonly command: string;
  readonly aliases?: readonly string[];
  readonly describe: string;
  readonly group: CommandGroup;
  /** One example invocation, shown in the menu. */
  readonly example: string;
  readonly builder: (yargs: Argv) => Argv<T>;
}

/** The arguments a command's handler receives, as its spec's builder declares them. */
export type ArgsOf<S> = S extends CommandSpec<infer T> ? ArgumentsCamelCase<T> : never;

/** A command's handler module (src/cli/handlers/NAME.ts): what runs once yargs has parsed. */
export interface CommandHandler<T> {
  readonly run: (argv: ArgumentsCamelCase<T>, context: CommandContext) => Promise<ExitCode>;
}

/** One entry of the command table: the spec, and the loader of the handler module. */
export interface NetlabCommand extends CommandSpec<unknown> {
  readonly load: () => Promise<CommandHandler<unknown>>;
}

/** Declares a command's spec with its argument type inferred from the builder. */
export function commandSpec<T>(spec: CommandSpec<T>): CommandSpec<T> {
  return spec;
}

/**
 * Pairs a spec with the loader of its handler, which must take the arguments the spec declares.
 * The loader, an `import()` of the handler module, is the one place a command's code is imported.
 */
export function defineCommand<T>(
  spec: CommandSpec<T>,
  load: () => Promise<CommandHandler<T>>,
): NetlabCommand {
  return { ...spec, load } as unknown as NetlabCommand;
}
