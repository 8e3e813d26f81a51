import type { MessageCatalogue } from '../text/message-catalogue.js';
import { promptText } from './drill-text.js';
import type { SheetItem } from './make-sheet.js';
import { canonicalAnswer } from './practice-answer.js';

/**
 * A question as graders' scripts read it: `{n, topic, level, ask, given, prompt}`, plus `answer`
 * (canonical spelling) for the key. `english` writes the prompt: JSON never changes with --lang.
 */
export function sheetJson(
  item: SheetItem,
  english: MessageCatalogue,
  withAnswer: boolean,
): Record<string, unknown> {
  const row: Record<string, unknown> = {
    n: item.n,
    topic: item.topic,
    level: item.level,
    ask: item.ask,
    given: item.given,
    prompt: promptText(item, english, 'en'),
  };
  if (withAnswer) row.answer = canonicalAnswer(item.answer);
  return row;
}
