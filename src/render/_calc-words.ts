import type { Lang } from '../core/lang.js';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';

/** The calculators' words in one language: a content/messages/LANG/calc.json key filled in. */
export type CalcWords = MessageCatalogue['format'];

/** The calculators' words in `lang` (English unless told). */
export function calcWords(lang: Lang = 'en'): CalcWords {
  return messageCatalogue(lang, 'calc').format;
}
