import { LANGS, type Lang } from '../../core/lang.js';

/**
 * The `--lang` option of the commands that speak English and Chinese; `what` names what it
 * changes. Without it a command takes the language from LANG/LC_ALL. `--lang` is global: main.ts
 * declares it once with its choices, which yargs checks (declared again here, yargs would list
 * every choice twice in its refusal), so the value reaching a command is a Lang.
 * @example yargs.option('lang', langOption('the narration'))
 */
export function langOption(what: string) {
  return {
    type: 'string',
    describe: `language of ${what} (default from LANG/LC_ALL)`,
    // main.ts's middleware has checked the value and made it a Lang for this command.
    coerce: (value: string): Lang => value as Lang,
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
