import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fillTemplate, loadCatalogue } from '../../src/text/message-catalogue.js';

const root = mkdtempSync(join(tmpdir(), 'netlab-messages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function area(lang: string, messages: Record<string, string>): void {
  mkdirSync(join(root, 'messages', lang), { recursive: true });
  writeFileSync(join(root, 'messages', lang, 'demo.json'), JSON.stringify(messages));
}
area('en', {
  hello: 'Hello, {name}.',
  'apples.one': '{count} apple',
  'apples.other': '{count} apples',
  onlyEnglish: 'English only',
});
area('zh', { hello: '你好，{name}。', 'apples.other': '{count} 个苹果' });

describe('loadCatalogue()', () => {
  test('fills placeholders in the language asked for', () => {
    expect(loadCatalogue('demo', 'zh', { root }).text('hello', { name: '李' })).toBe('你好，李。');
  });

  test('falls back to English for a key the language lacks', () => {
    expect(loadCatalogue('demo', 'zh', { root }).text('onlyEnglish')).toBe('English only');
  });

  test('throws on a key missing in every language', () => {
    expect(() => loadCatalogue('demo', 'en', { root }).text('nothing')).toThrow(
      'no message "nothing"',
    );
  });

  test.for([
    ['en', 1, '1 apple'],
    ['en', 2, '2 apples'],
    ['zh', 1, '1 个苹果'],
  ] as const)('plural() in %s for %i says %s', ([lang, count, said]) => {
    expect(loadCatalogue('demo', lang, { root }).plural('apples', count)).toBe(said);
  });

  test('finds the package content/ folder by itself', () => {
    expect(loadCatalogue('practice', 'en').text('sheet.key')).toBe('Key');
  });
});

describe('fillTemplate()', () => {
  test('leaves a placeholder without a value as written', () => {
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
