import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/core/lang.js';
import { LESSONS } from '../../src/lessons/catalog.js';

const CONTENT = join(import.meta.dirname, '../../content');

/** Where a piece of English text came from, and the text: one line, one message, one question. */
interface TextUnit {
  readonly where: string;
  readonly text: string;
}

/**
 * In English, "segment" is the TCP segment only; the course's 网段 is a "subnet" or a "network".
 * The rule: a piece of text (a line of a lesson, one message, one question or explanation) that
 * says "segment" also names TCP or one of its parts (SYN, ACK, FIN, a sequence number...). It is
 * deliberately blunt: a TCP word anywhere in the same piece passes it, so it catches the slip of
 * saying "segment" for a subnet, not every vague sentence.
 */
const SEGMENT = /\bsegments?\b/i;
const TCP_WORD = /\b(TCP|SYN|SYN-ACK|ACK|FIN|ISN|seq|sequence|acknowledg\w*|handshake|TIME-WAIT)\b/;

/**
 * What may say "segment" without a TCP word, and why. Step ids are identifiers, not prose: the
 * LAN lesson's steps {#segment} and {#same-segment} keep their ids so that links and --json
 * readers do not break; their headings read "The subnet" and "Same subnet or not?".
 */
const ALLOWED: readonly RegExp[] = [/\{#segment\}/, /\{#same-segment\}/];

/** The pieces of `units` that break the rule. */
function nonTcpSegments(units: readonly TextUnit[]): string[] {
  return units
    .map((unit) => ({
      ...unit,
      text: ALLOWED.reduce((text, id) => text.replace(id, ''), unit.text),
    }))
    .filter((unit) => SEGMENT.test(unit.text) && !TCP_WORD.test(unit.text))
    .map((unit) => `${unit.where}: ${unit.text}`);
}

function lessonLines(lang: string): TextUnit[] {
  const folder = join(CONTENT, 'lessons', lang);
  return readdirSync(folder).flatMap((file) =>
    readFileSync(join(folder, file), 'utf8')
      .split('\n')
      .map((text, index) => ({ where: `lessons/${lang}/${file}:${index + 1}`, text })),
  );
}

function messages(lang: string): TextUnit[] {
  const folder = join(CONTENT, 'messages', lang);
  return readdirSync(folder).flatMap((file) => {
    const entries = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, string>;
    return Object.entries(entries).map(([key, text]) => ({
      where: `messages/${lang}/${file} "${key}"`,
      text,
    }));
  });
}

/** Every question of every lesson, asked and explained, in `lang`. */
function questions(lang: (typeof LANGS)[number]): (TextUnit & { lesson: string })[] {
  return LESSONS.flatMap((lesson) =>
    lesson.questions.flatMap((question, index) => {
      const { ask, because } = question.solve().text[lang];
      const where = `${lesson.id} question ${index + 1}`;
      return [
        { lesson: lesson.id, where, text: ask },
        { lesson: lesson.id, where: `${where} (because)`, text: because },
      ];
    }),
  );
}

describe('question wording', () => {
  test.for(LANGS)('no question is asked twice, word for word, in %s', (lang) => {
    const asked = new Map<string, string[]>();
    for (const unit of questions(lang).filter((unit) => !unit.where.endsWith('(because)'))) {
      asked.set(unit.text, [...(asked.get(unit.text) ?? []), unit.where]);
    }
    const repeated = [...asked].filter(([, places]) => places.length > 1);
    expect(repeated).toEqual([]);
  });

  test('English lessons, messages and questions say "segment" only for TCP', () => {
    const units = [...lessonLines('en'), ...messages('en'), ...questions('en')];
    expect(nonTcpSegments(units)).toEqual([]);
  });

  test('the rule flags a subnet called a segment and passes a TCP segment', () => {
    expect(
      nonTcpSegments([
        { where: 'a', text: 'Are two hosts on one segment?' },
        { where: 'b', text: 'Closing takes four segments: each side sends a FIN.' },
        { where: 'c', text: '## Same subnet or not? {#same-segment}' },
        { where: 'd', text: 'The network segment 192.168.1.0/24' },
      ]),
    ).toEqual(['a: Are two hosts on one segment?', 'd: The network segment 192.168.1.0/24']);
  });
});
