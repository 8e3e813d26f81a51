import yargs, { type Argv } from 'yargs';
import type { CommandSpec } from '../../src/cli/command.js';
import { translatedBuilder } from '../../src/cli/translated-builder.js';
import { readContentJson } from '../../src/core/content-file.js';
import type { MessageCatalogue, MessageParams } from '../../src/text/message-catalogue.js';

/** One text a spec's builder handed to the help catalogue: a describe or an example's text. */
export interface HelpLookup {
  readonly key: string;
  readonly params: MessageParams;
}

/** What a command's builder declared, as the help catalogue and yargs saw it. */
export interface RecordedHelp {
  readonly lookups: readonly HelpLookup[];
  /** Names of its options and positionals. */
  readonly names: readonly string[];
  /** Options and positionals whose spec has no describe at all. */
  readonly undescribed: readonly string[];
  /** The values of its options' `choices`. */
  readonly choices: readonly string[];
}

/**
 * Runs a spec's builder the way main.ts does (through translatedBuilder, on a real yargs) and
 * records every text it looks up in the help catalogue and every option and positional it
 * declares.
 */
export function recordHelp(builder: CommandSpec<unknown>['builder']): RecordedHelp {
  const lookups: HelpLookup[] = [];
  const names: string[] = [];
  const undescribed: string[] = [];
  const choices: string[] = [];
  const help: MessageCatalogue = {
    lang: 'en',
    format: (key, params = {}) => {
      lookups.push({ key, params });
      return key;
    },
  };
  const parser = yargs();
  const declared: Argv = new Proxy(parser, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (property === 'option' || property === 'positional') {
          const [name, spec] = args as [string, { describe?: unknown; choices?: unknown }];
          names.push(name);
          if (spec.describe === undefined) undescribed.push(name);
          if (Array.isArray(spec.choices)) choices.push(...spec.choices.map(String));
        }
        const result: unknown = value.apply(target, args);
        return result === target ? declared : result;
      };
    },
  });
  builder(translatedBuilder(declared, help));
  return { lookups, names, undescribed, choices };
}

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
}

/**
 * What is wrong with a builder's help texts in `lang`: a text that is no key of help.json (so it
 * would reach every language as written), a key whose `{placeholders}` the builder does not fill,
 * or a value it passes that the message does not use.
 */
export function helpKeyProblems(lookups: readonly HelpLookup[], lang: string): string[] {
  const messages = readContentJson(`messages/${lang}/help.json`) as Record<string, string>;
  return lookups.flatMap(({ key, params }) => {
    const template = messages[key];
    if (template === undefined) return [`"${key}" is not a key of ${lang}/help.json`];
    const wanted = placeholders(template).join(',');
    const given = Object.keys(params).sort().join(',');
    return wanted === given ? [] : [`"${key}" needs {${wanted}}, the builder gives {${given}}`];
  });
}
