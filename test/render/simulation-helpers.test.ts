import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { fitWidth } from '../../src/render/_fit-width.js';
import { hexDump } from '../../src/render/hex-dump.js';
import { langFromEnv } from '../../src/render/lang.js';

describe('langFromEnv', () => {
  test.for([
    [{}, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN' }, 'zh'],
    [{ LC_ALL: '', LANG: 'zh_CN' }, 'zh'],
  ] as const)('langFromEnv(%j) is %s', ([env, lang]) => {
    expect(langFromEnv(env)).toBe(lang);
  });
});

describe('fitWidth', () => {
  test('fitWidth() breaks English at spaces and indents the rest', () => {
    expect(fitWidth('one two three four', 9, '  ')).toEqual(['one two', '  three', '  four']);
  });

  test('fitWidth() breaks Chinese between characters, counting each as two columns', () => {
    const lines = fitWidth('交换机把帧从所有端口转发出去', 10);
    expect(lines).toEqual(['交换机把帧', '从所有端口', '转发出去']);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(10);
  });

  test('fitWidth() keeps a word longer than the line whole', () => {
    expect(fitWidth('ff:ff:ff:ff:ff:ff is long', 8)).toEqual(['ff:ff:ff:ff:ff:ff', 'is long']);
  });
});

describe('hexDump', () => {
  test('hexDump() prints 16 bytes a line, split 8 + 8, with ASCII', () => {
    const bytes = new TextEncoder().encode('GET / HTTP/1.1\r\nHost');
    expect(hexDump(bytes)).toEqual([
      '0000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a   GET / HTTP/1.1..',
      '0010  48 6f 73 74                                        Host',
    ]);
  });
});
