import type { Lang } from '../core/lang.js';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';

const catalogues = new Map<Lang, MessageCatalogue>();

/**
 * The lab's words in `lang` (content/messages/LANG/lab.json), made once per language: frames are
 * described many times a second while a capture runs.
 */
export function labWords(lang: Lang): MessageCatalogue {
  let words = catalogues.get(lang);
  if (words === undefined) {
    words = messageCatalogue(lang, 'lab');
    catalogues.set(lang, words);
  }
  return words;
}
