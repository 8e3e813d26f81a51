import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { interfaceLang, langFromEnv } from '../../src/core/lang.js';

const chinese = { LANG: 'zh_CN.UTF-8' };

describe('langFromEnv()', () => {
  test('LC_ALL wins over LC_MESSAGES, which wins over LANG', () => {
    expect(langFromEnv({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LC_MESSAGES: 'en_GB', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: '', LANG: 'zh_TW' })).toBe('zh');
    expect(langFromEnv({})).toBe('en');
  });
});

describe('interfaceLang()', () => {
  test('--lang wins over the environment, in either spelling', () => {
    expect(interfaceLang(['subnet', '--lang', 'en', '1.2.3.4/33'], chinese)).toBe('en');
    expect(interfaceLang(['--lang=zh', 'port', '80'], {})).toBe('zh');
    expect(interfaceLang(['port', '80'], chinese)).toBe('zh');
  });

  test('a --lang given twice leaves the environment to decide, as it is refused', () => {
    expect(interfaceLang(['lesson', '--lang', 'en', '--lang=zh'], {})).toBe('en');
    expect(interfaceLang(['lesson', '--lang', 'en', '--lang', 'zh'], chinese)).toBe('zh');
  });

  test('a locale-style tag names its language', () => {
    expect(interfaceLang(['layers', '--lang', 'zh-CN'], {})).toBe('zh');
  });

  test('a language netlab has no words for is English', () => {
    expect(interfaceLang(['lesson', '--lang', 'nl'], chinese)).toBe('en');
  });

  test.prop([
    fc.array(fc.constantFrom('subnet', '1.2.3.4/24', '--json', '-h', 'x'), { maxLength: 6 }),
    fc.array(fc.constantFrom('subnet', '1.2.3.4/24', '--json', '-h', 'x'), { maxLength: 6 }),
    fc.constantFrom('en', 'zh'),
  ])('a --lang anywhere on the line decides, whatever surrounds it', (before, after, lang) => {
    expect(interfaceLang([...before, '--lang', lang, ...after], chinese)).toBe(lang);
  });
});
