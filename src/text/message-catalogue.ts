import { readContentJson } from '../core/content-file.js';
import { chooseTemplate, fillTemplate } from '../core/error-catalogue.js';

/** The values a message's `{name}` placeholders are filled with. */
export type MessageParams = Readonly<Record<string, string | number | bigint>>;

/** One area's messages in one language, falling back to English for a key it lacks. */
export interface MessageCatalogue {
  readonly lang: string;
  /** The message `key` filled with `params`; `key.one`/`key.other` are chosen by `params.count`. */
  readonly format: (key: string, params?: MessageParams) => string;
}

const FALLBACK_LANG = 'en';
const read = new Map<string, Readonly<Record<string, string>>>();

/** content/messages/LANG/AREA.json as a flat object, or an empty one when that file is missing. */
function templates(lang: string, area: string): Readonly<Record<string, string>> {
  const path = `messages/${lang}/${area}.json`;
  let found = read.get(path);
  if (found === undefined) {
    try {
      found = readContentJson(path) as Record<string, string>;
    } catch {
      found = {};
    }
    read.set(path, found);
  }
  return found;
}

/**
 * The messages of `area` (such as "lessons") in `lang`, read from content/messages/LANG/AREA.json
 * on first use. A key the language lacks is taken from English, so a translation can grow one
 * message at a time; a key neither has comes out as the key itself, which check:content reports.
 * @example messageCatalogue('zh', 'lessons').format('length', { count: 5, minutes: 10 })
 */
export function messageCatalogue(lang: string, area: string): MessageCatalogue {
  const own = templates(lang, area);
  const english = lang === FALLBACK_LANG ? own : templates(FALLBACK_LANG, area);
  const plurals = new Intl.PluralRules(lang);
  const lookup = (key: string) => own[key] ?? english[key];
  return {
    lang,
    format: (key, params = {}) =>
      fillTemplate(chooseTemplate(lookup, key, params, plurals), params),
  };
}
