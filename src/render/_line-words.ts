import type { Lang } from '../core/lang.js';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';

/** The batch lines' words in one language: a content/messages/LANG/batch.json key filled in. */
export type LineWords = MessageCatalogue['format'];

const byLang = new Map<Lang, LineWords>();

/**
 * The words of the `--stdin` text lines in `lang` (English unless told), read once per language:
 * the careful path renders a line at a time through them. A key asked for without params comes
 * back as its template, `{name}` placeholders and all, which is what the fast path compiles.
 */
export function lineWords(lang: Lang = 'en'): LineWords {
  let words = byLang.get(lang);
  if (words === undefined) {
    words = messageCatalogue(lang, 'batch').format;
    byLang.set(lang, words);
  }
  return words;
}

/** How a batch line renderer is told its language. */
export interface LineOptions {
  readonly lang?: Lang;
}
