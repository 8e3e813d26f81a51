import { LANGS } from '../../core/lang.js';

/**
 * The `--lang` option of the commands that speak English and Chinese; `what` names what it
 * changes. Without it a command takes the language from LANG/LC_ALL.
 * @example yargs.option('lang', langOption('the narration'))
 */
export function langOption(what: string) {
  return {
    type: 'string',
    choices: LANGS,
    describe: `language of ${what} (default from LANG/LC_ALL)`,
  } as const;
}
