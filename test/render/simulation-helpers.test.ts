import { describe, expect, test } from 'vitest';
import { langFromEnv } from '../../src/core/lang.js';
import { hexDump } from '../../src/render/hex-dump.js';

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

describe('hexDump', () => {
  test('hexDump() prints 16 bytes a line, split 8 + 8, with ASCII', () => {
    const bytes = new TextEncoder().encode('GET / HTTP/1.1\r\nHost');
    expect(hexDump(bytes)).toEqual([
      '0000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a   GET / HTTP/1.1..',
      '0010  48 6f 73 74                                        Host',
    ]);
  });
});
