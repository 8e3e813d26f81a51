import type { Lang } from '../core/lang.js';
import type { MessageCatalogue } from '../text/message-catalogue.js';
import { say } from './drill-text.js';
import type { SheetItem } from './make-sheet.js';
import { answerSpellings } from './practice-answer.js';

/** Moodle's GIFT escapes these characters with a backslash wherever they are text. */
export function escapeGift(text: string): string {
  return text.replaceAll(/[~=#{}:\\]/g, (char) => `\\${char}`);
}

/** A GIFT text is one line: newlines become spaces (the explanations' binary rows stay apart by " / "). */
function oneLine(text: string): string {
  return text.split('\n').join(' / ');
}

/** The answer block: true/false, numerical, multiple choice or short answer with every spelling. */
function answerBlock(item: SheetItem, lang: Lang, feedback: string): string {
  const { answer } = item;
  const comment = `####${feedback}`;
  switch (answer.kind) {
    case 'yes-no':
      return `{${answer.value ? 'TRUE' : 'FALSE'}${comment}}`;
    case 'number':
      return `{#${answer.value.toString()}${comment}}`;
    case 'choice': {
      const options = answer.choices.map(
        (choice) =>
          `${choice.id === answer.value ? '=' : '~'}${escapeGift(choice.label[lang] ?? choice.id)}`,
      );
      return `{${options.join(' ')}${comment}}`;
    }
    default:
      return `{${answerSpellings(answer)
        .map((spelling) => `=${escapeGift(spelling)}`)
        .join(' ')}${comment}}`;
  }
}

/**
 * A Moodle GIFT quiz (plain text, imported by Moodle's "GIFT format" question import): one
 * question a paragraph, named `netlab-SEED-N`, in [plain] text, with the worked explanation as
 * general feedback.
 */
export function renderSheetGift(
  items: readonly SheetItem[],
  seed: string,
  catalogue: MessageCatalogue,
  lang: Lang,
): string {
  const header = `// netlab practice, seed ${seed}\n`;
  const questions = items.map((item) => {
    const name = escapeGift(`netlab-${seed}-${item.n}`);
    const prompt = escapeGift(oneLine(say(catalogue, item.prompt)));
    const feedback = escapeGift(oneLine(say(catalogue, item.because)));
    return `::${name}::[plain]${prompt} ${answerBlock(item, lang, feedback)}`;
  });
  return `${header}\n${questions.join('\n\n')}\n`;
}
