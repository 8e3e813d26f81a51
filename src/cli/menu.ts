import type { CommandGroup, NetlabCommand } from './command.js';

const GROUP_TITLES: Record<CommandGroup, string> = {
  calculators: 'Calculators',
  demos: 'Demos (real sockets on 127.0.0.1)',
  lessons: 'Lessons',
};

const GROUP_ORDER: readonly CommandGroup[] = ['calculators', 'demos', 'lessons'];

/** The command's usage with yargs' `<a>`/`[b]` markers kept, e.g. `same-subnet <a> <b> [maskA]`. */
function usageOf(command: NetlabCommand): string {
  return command.command;
}

/** The grouped menu shown by `netlab` and `netlab --help`: each command, what it does, an example. */
export function renderMenu(commands: readonly NetlabCommand[]): string {
  const lines = [
    'netlab — learn how networks work by running them',
    '',
    'Usage: netlab <command> [options]',
  ];
  for (const group of GROUP_ORDER) {
    const members = commands.filter((command) => command.group === group);
    if (members.length === 0) continue;
    lines.push('', `${GROUP_TITLES[group]}:`);
    for (const command of members) {
      lines.push(
        `  ${usageOf(command)}`,
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
  );
  return `${lines.join('\n')}\n`;
}
