import { describe, expect, test } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { commandName } from '../../src/cli/menu.js';
import { readContentJson } from '../../src/core/content-file.js';
import { ERROR_CATALOGUE } from '../../src/core/error-catalogue.js';
import { LANGS } from '../../src/core/lang.js';
import { REASON_CATALOGUE } from '../../src/core/reason.js';
import { LESSONS } from '../../src/lessons/catalog.js';
import { lessonContentProblems } from '../../src/lessons/check-lesson-content.js';
import { messageAreas, messageProblems, reasonProblems } from '../../src/text/check-messages.js';
import { withContentFolder } from '../helpers/lesson-content.js';

/**
 * `npm run check:content`: the lessons' words are complete in every language. With
 * NETLAB_CONTENT_DIR set, the translator's folder is checked as it would be played.
 */
describe('the content check', () => {
  test('every lesson has complete words in every language', () => {
    expect(lessonContentProblems(LESSONS, LANGS)).toEqual([]);
  });

  test('every message area is checked: the batch lines, the calculators, demos, errors, help, the lab, the player, the port services, practice and reasons', () => {
    expect(messageAreas()).toEqual([
      'batch',
      'calc',
      'demos',
      'errors',
      'help',
      'lab',
      'lessons',
      'ports',
      'practice',
      'reasons',
    ]);
  });

  test.for(LANGS)(
    'every reason of the catalogue has %s words with exactly the params it declares',
    (lang) => {
      expect(reasonProblems(lang)).toEqual([]);
    },
  );

  test.for(Object.keys(REASON_CATALOGUE))(
    'reason %s has English and Chinese words with the same placeholders',
    (key) => {
      const words = (lang: string) =>
        Object.entries(readContentJson(`messages/${lang}/reasons.json`) as Record<string, string>)
          .filter(([each]) => each === key || each.startsWith(`${key}.`))
          .map(([, template]) => [...new Set(template.match(/\{\w+\}/g) ?? [])].sort().join());
      const english = words('en');
      const chinese = words('zh');
      expect(english.length).toBeGreaterThan(0);
      expect(chinese.length).toBeGreaterThan(0);
      expect(new Set([...english, ...chinese]).size).toBe(1);
    },
  );

  test('no Chinese reason is left as English prose (three ASCII words in a row)', () => {
    const chinese = readContentJson('messages/zh/reasons.json') as Record<string, string>;
    const prose = Object.entries(chinese).filter(([, template]) =>
      /[A-Za-z][\w'+-]*(?:[ ,;:]+[A-Za-z][\w'+-]*){2,}/.test(
        template.replace(/"[^"]*"|\{\w+\}/g, '""'),
      ),
    );
    expect(prose).toEqual([]);
  });

  test('names a reason without words, one the catalogue lacks and a changed placeholder', () => {
    withContentFolder(
      {
        'messages/xx/reasons.json': JSON.stringify({
          'octet-over-255': 'octet {byte} is too big',
          'no-such-reason': 'never said',
        }),
      },
      () => {
        const problems = reasonProblems('xx');
        expect(problems).toContain('messages/xx/reasons.json: reason "port-empty" has no words');
        expect(problems).toContain(
          'messages/xx/reasons.json: "no-such-reason" is not a reason of the catalogue',
        );
        expect(problems).toContain(
          'messages/xx/reasons.json: "octet-over-255" has placeholders {byte}, the catalogue {octet}',
        );
      },
    );
  });

  test('every language has every message of every area, with the same placeholders', () => {
    const problems = LANGS.flatMap((lang) =>
      messageAreas().flatMap((area) => messageProblems(lang, area)),
    );
    expect(problems).toEqual([]);
  });

  test('every command has its description in the help messages', () => {
    const help = readContentJson('messages/en/help.json') as Record<string, string>;
    const missing = commands
      .map((command) => `command-${commandName(command)}`)
      .filter((key) => help[key] === undefined);
    expect(missing).toEqual([]);
  });

  test('every error code has its English message and nothing else is there', () => {
    const errors = readContentJson('messages/en/errors.json') as Record<string, string>;
    expect(Object.keys(errors).sort()).toEqual(Object.keys(ERROR_CATALOGUE).sort());
  });

  test('names a missing error message in a language', () => {
    withContentFolder({ 'messages/xx/errors.json': '{"interrupted": "Onderbroken."}' }, () => {
      expect(messageProblems('xx', 'errors')).toContain(
        'messages/xx/errors.json: "subnet-needs-input" is missing',
      );
    });
  });

  test('names a missing message and a changed placeholder', () => {
    withContentFolder(
      {
        'messages/xx/lessons.json': '{"right": "Juist.", "wrong": "Nee: {antwoord}."}',
      },
      () => {
        const problems = messageProblems('xx', 'lessons');
        expect(problems).toContain('messages/xx/lessons.json: "pause" is missing');
        expect(problems).toContain(
          'messages/xx/lessons.json: "wrong" has placeholders {antwoord}, English {answer}',
        );
        expect(problems).not.toContain('messages/xx/lessons.json: "right" is missing');
      },
    );
  });

  test('names a missing step, a step too many and a dropped bullet', () => {
    withContentFolder(
      {
        'lessons/zh/arp.md': [
          '---',
          'title: ARP',
          '---',
          '',
          '## 问题 {#problem}',
          '',
          '一段。',
          '',
          '## 多余 {#extra}',
          '',
          '一段。',
        ].join('\n'),
      },
      () => {
        const problems = lessonContentProblems(
          LESSONS.filter((lesson) => lesson.id === 'arp'),
          ['zh'],
        );
        expect(problems).toContain('lessons/zh/arp.md: step {#extra} is not a step of the lesson');
        expect(problems).toContain('lessons/zh/arp.md: step {#recap} is missing');
        expect(problems).toContain(
          'lessons/zh/arp.md: step {#problem} has paragraph; English has paragraph, paragraph',
        );
      },
    );
  });
});
