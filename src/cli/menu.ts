import type { Lang } from '../core/lang.js';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';
import type { CommandGroup, NetlabCommand } from './command.js';

/** One group of the menu: its title and its commands, in list order. */
export interface MenuSection {
  readonly group: CommandGroup;
  readonly title: string;
  readonly commands: readonly NetlabCommand[];
}

const GROUP_ORDER: readonly CommandGroup[] = ['calculators', 'demos', 'lessons'];

/**
 * The commands grouped as the menus show them: calculators, demos, lessons; empty groups left out.
 * The titles are in `help`'s language (English by default).
 */
export function menuSections(
  commands: readonly NetlabCommand[],
  help: MessageCatalogue = messageCatalogue('en', 'help'),
): MenuSection[] {
  return GROUP_ORDER.map((group) => ({
    group,
    title: help.format(`group-${group}`),
    commands: commands.filter((command) => command.group === group),
  })).filter((section) => section.commands.length > 0);
}

/** The command's name, the first word of its usage: `same-subnet` for `same-subnet <a> <b>`. */
export function commandName(command: NetlabCommand): string {
  return command.command.split(' ')[0] ?? command.command;
}

/** What a command does, in `help`'s language: its key in content/messages/LANG/help.json. */
export function commandDescription(command: NetlabCommand, help: MessageCatalogue): string {
  return help.format(`command-${commandName(command)}`);
}

/** The grouped menu shown by `netlab` and `netlab --help`: each command, what it does, an example. */
export function renderMenu(commands: readonly NetlabCommand[], lang: Lang = 'en'): string {
  const help = messageCatalogue(lang, 'help');
  const lines = [help.format('menu-title'), '', help.format('menu-usage')];
  for (const section of menuSections(commands, help)) {
    lines.push('', help.format('menu-section', { title: section.title }));
    for (const command of section.commands) {
      lines.push(
        `  ${command.command}`,
        `      ${commandDescription(command, help)}`,
        `      ${help.format('menu-example', { example: command.example })}`,
      );
    }
  }
  lines.push(
    '',
    help.format('menu-options'),
    help.format('menu-option-json'),
    help.format('menu-option-color'),
    help.format('menu-option-lang'),
    help.format('menu-option-help'),
    help.format('menu-option-version'),
    '',
    help.format('menu-exit-codes'),
    '',
    help.format('menu-interactive'),
  );
  return `${lines.join('\n')}\n`;
}
