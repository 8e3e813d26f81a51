import type { Lang } from '../core/lang.js';
import { type MessageCatalogue, messageCatalogue } from '../text/message-catalogue.js';
import type { Drill, MessageRef } from './drill.js';
import { canonicalAnswer } from './practice-answer.js';

/** Fills a message reference from the catalogue, or from its own area in the same language. */
export function say(catalogue: MessageCatalogue, ref: MessageRef): string {
  const words = ref.area === undefined ? catalogue : messageCatalogue(catalogue.lang, ref.area);
  const params = Object.fromEntries(
    Object.entries(ref.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'object' ? say(catalogue, value) : value,
    ]),
  );
  return words.format(ref.key, params);
}

/** A topic's name for people ("subnet" in English, "子网" in Chinese); --json keeps the id. */
export function topicName(catalogue: MessageCatalogue, topic: string): string {
  return catalogue.format(`topic.${topic}`);
}

/** A level's name for people ("easy", "简单"); --json keeps the id. */
export function levelName(catalogue: MessageCatalogue, level: string): string {
  return catalogue.format(`level.${level}`);
}

/** The question in words, with its numbered options when it is multiple choice. */
export function promptText(drill: Drill, catalogue: MessageCatalogue, lang: Lang): string {
  const prompt = say(catalogue, drill.prompt);
  if (drill.answer.kind !== 'choice') return prompt;
  const options = drill.answer.choices.map(
    (choice, index) => `${index + 1}) ${choice.label[lang]}`,
  );
  return `${prompt}\n${options.join('\n')}`;
}

/** The right answer as the student reads it: a choice by its label, anything else canonically. */
export function answerText(drill: Drill, lang: Lang): string {
  const { answer } = drill;
  if (answer.kind === 'choice') {
    return answer.choices.find((choice) => choice.id === answer.value)?.label[lang] ?? answer.value;
  }
  return canonicalAnswer(answer);
}
