import { LANGS, type Lang } from '../../core/lang.js';

/**
 * The `--lang` option of the commands that speak English and Chinese; `describe` is its key in
 * help.json, which names what the option changes. Without it a command takes the language from
 * LANG/LC_ALL. `--lang` is global: main.ts declares it once with its choices, which yargs checks
 * (declared again here, yargs would list every choice twice in its refusal), so the value
 * reaching a command is a Lang.
 * @example yargs.option('lang', langOption('arp-lang'))
 */
export function langOption(describe: string) {
  return {
    type: 'string',
    describe,
    // main.ts's middleware has checked the value and made it a Lang for this command.
    coerce: (value: string): Lang => value as Lang,
  } as const;
}

/**
 * The `--lang` option of `netlab lesson` and `netlab tour`: any language with lesson files, so
 * it is checked when the lessons load rather than by a fixed list. The message named by
 * `describe` lists the built-in ones as `{langs}`.
 */
export function lessonLangOption(describe: string) {
  return {
    type: 'string',
    describe,
    describeParams: { langs: LANGS.join(', ') },
  } as const;
}
