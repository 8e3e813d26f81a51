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

/**
 * The `--lang` option of `netlab lesson` and `netlab tour`: any language with lesson files, so
 * it is checked when the lessons load rather than by a fixed list.
 */
export function lessonLangOption(what: string) {
  return {
    type: 'string',
    describe: `language of ${what}: ${LANGS.join(', ')} or one added under NETLAB_CONTENT_DIR (default from LANG/LC_ALL)`,
  } as const;
}
