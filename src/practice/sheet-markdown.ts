import type { Lang } from '../core/lang.js';
import type { MessageCatalogue } from '../text/message-catalogue.js';
import { answerText, levelName, promptText, say } from './drill-text.js';
import type { SheetItem } from './make-sheet.js';

/** What a printed sheet names at its top. */
export interface SheetHeading {
  readonly seed: string;
  readonly level: string;
}

function indentLines(text: string): string {
  return text.split('\n').join('\n   ');
}

/**
 * A printable worksheet in Markdown: the questions with room to answer, then, on its own page
 * after a rule, the key with each worked explanation.
 */
export function renderSheetMd(
  items: readonly SheetItem[],
  heading: SheetHeading,
  catalogue: MessageCatalogue,
  lang: Lang,
): string {
  const title = `# ${catalogue.format('sheet.title', {
    seed: heading.seed,
    level: levelName(catalogue, heading.level),
  })}`;
  const name = catalogue.format('sheet.name');
  const questions = items.map(
    (item) =>
      `${item.n}. ${indentLines(promptText(item, catalogue, lang))}\n\n   ${catalogue.format('sheet.answer')} ______________________`,
  );
  const key = items.map(
    (item) =>
      `${item.n}. **${answerText(item, lang)}**\n\n   ${indentLines(say(catalogue, item.because)).replaceAll('\n', '  \n')}`,
  );
  return `${title}\n\n${name}\n\n${questions.join('\n\n')}\n\n---\n\n## ${catalogue.format('sheet.key')}\n\n${key.join('\n\n')}\n`;
}
