import type { CommandGroup, NetlabCommand } from './command.js';

/** One group of the menu: its title and its commands, in list order. */
export interface MenuSection {
  readonly group: CommandGroup;
  readonly title: string;
  readonly commands: readonly NetlabCommand[];
}

const GROUP_TITLES: Record<CommandGroup, string> = {
  calculators: 'Calculators',
  demos: 'Demos and tools (real sockets)',
  lessons: 'Lessons and simulations',
};

const GROUP_ORDER: readonly CommandGroup[] = ['calculators', 'demos', 'lessons'];

/** The commands grouped as the menus show them: calculators, demos, lessons; empty groups left out. */
export function menuSections(commands: readonly NetlabCommand[]): MenuSection[] {
  return GROUP_ORDER.map((group) => ({
    group,
    title: GROUP_TITLES[group],
    commands: commands.filter((command) => command.group === group),
  })).filter((section) => section.commands.length > 0);
}

/** The command's name, the first word of its usage: `same-subnet` for `same-subnet <a> <b>`. */
export function commandName(command: NetlabCommand): string {
  return command.command.split(' ')[0] ?? command.command;
}

/** The grouped menu shown by `netlab` and `netlab --help`: each command, what it does, an example. */
export function renderMenu(commands: readonly NetlabCommand[]): string {
  const lines = [
    'netlab — learn how networks work by running them',
    '',
    'Usage: netlab <command> [options]',
  ];
  for (const section of menuSections(commands)) {
    lines.push('', `${section.title}:`);
    for (const command of section.commands) {
      lines.push(
        `  ${command.command}`,
        `      ${command.describe}`,
        `      e.g. ${command.example}`,
      );
    }
  }
  lines.push(
    '',
    'Options for every command:',
    '  --json       machine-readable output on stdout',
    '  --no-color   no colour (NO_COLOR is honoured; never coloured when piped)',
    '  --help, -h   help for a command: netlab <command> --help',
    '  --version    the version of netlab',
    '',
    'Exit codes: 0 done, 2 bad input or usage, 1 failure.',
    '',
    'On a terminal, plain "netlab" lets you pick a command with the arrow keys.',
  );
  return `${lines.join('\n')}\n`;
}
