/** The languages netlab writes its lessons and simulations in. */
export type Lang = 'en' | 'zh';

/** Every language, in the order `--lang` lists them. */
export const LANGS: readonly Lang[] = ['en', 'zh'];

/**
 * The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set (the
 * POSIX order); a value starting with "zh" (zh_CN.UTF-8, zh_TW, zh) means Chinese, anything else
 * English.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '')
      return value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }
  return 'en';
}

/**
 * A language a lesson can be played in: English and Chinese, or any other that has files under
 * a content folder (content/lessons/LANG/). What a language has no words for is shown in English.
 */
export type ContentLang = string;

/**
 * The value of `words` for `lang` when netlab has that language built in, else the English one.
 * @example inLang({ en: 'yes', zh: '是' }, 'nl') // 'yes'
 */
export function inLang<T>(words: Readonly<Record<Lang, T>>, lang: ContentLang): T {
  return words[builtInLang(lang)];
}

/**
 * `lang` when netlab's commands speak it, else English: the language a lesson in an added
 * language passes on to the commands it runs.
 * @example builtInLang('nl') // 'en'
 */
export function builtInLang(lang: ContentLang): Lang {
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en';
}

/**
 * The language a locale-style tag names, as people type it: "zh-CN", "zh_CN.UTF-8" and "ZH" all
 * name "zh". The caller still checks that netlab has that language.
 * @example languageOfTag('zh-CN') // 'zh'
 */
export function languageOfTag(tag: string): string {
  return tag.toLowerCase().split(/[-_.@]/)[0] ?? '';
}

/**
 * The language netlab's own words (help, menu, errors) are in for one command line: a `--lang`
 * given anywhere on it (`--lang zh` or `--lang=zh`), else the environment's. A `--lang` given
 * twice is refused, and the refusal speaks the environment's language, as neither was chosen.
 * @example interfaceLang(['subnet', '--lang', 'zh'], {}) // 'zh'
 */
export function interfaceLang(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  const asked: string[] = [];
  args.forEach((arg, index) => {
    if (arg === '--lang') asked.push(args[index + 1] ?? '');
    else if (arg.startsWith('--lang=')) asked.push(arg.slice('--lang='.length));
  });
  const [only] = asked;
  return asked.length === 1 && only !== undefined
    ? builtInLang(languageOfTag(only))
    : langFromEnv(env);
}
