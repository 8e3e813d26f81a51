import { afterAll, describe, expect, test } from 'vitest';
import { CONTENT_DIR_VARIABLE } from '../../src/core/content-file.js';
import { messageCatalogue } from '../../src/text/message-catalogue.js';
import { useContentFolder } from '../helpers/lesson-content.js';

const saved = process.env[CONTENT_DIR_VARIABLE];
afterAll(() => {
  if (saved === undefined) delete process.env[CONTENT_DIR_VARIABLE];
  else process.env[CONTENT_DIR_VARIABLE] = saved;
});

describe('message catalogues in content/messages/LANG/AREA.json', () => {
  test('fills {name} placeholders', () => {
    expect(messageCatalogue('en', 'lessons').format('nextLesson', { title: 'ARP' })).toBe(
      'Next lesson: ARP',
    );
  });

  test('chooses .one or .other by the count, with the language’s plural rules', () => {
    const en = messageCatalogue('en', 'lessons');
    expect(en.format('length', { count: 1, minutes: 3 })).toBe('1 step, about 3 minutes');
    expect(en.format('length', { count: 5, minutes: 3 })).toBe('5 steps, about 3 minutes');
    expect(messageCatalogue('zh', 'lessons').format('length', { count: 1, minutes: 3 })).toBe(
      '共 1 步，约 3 分钟',
    );
  });

  test('a bigint count (an IPv6 address count) chooses .one or .other as a number does', () => {
    const en = messageCatalogue('en', 'calc');
    expect(en.format('count-addresses', { count: 1n })).toBe('1 address');
    expect(en.format('count-addresses', { count: 2n ** 64n })).toBe(
      '18446744073709551616 addresses',
    );
  });

  test('a language folder that only has some keys falls back to English for the rest', () => {
    useContentFolder({
      'messages/xx/lessons.json': '{"right": "Juist."}',
    });
    const xx = messageCatalogue('xx', 'lessons');
    expect(xx.format('right')).toBe('Juist.');
    expect(xx.format('wrong', { answer: 'yes' })).toBe('Not quite: the answer is yes.');
  });
});
