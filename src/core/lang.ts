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
