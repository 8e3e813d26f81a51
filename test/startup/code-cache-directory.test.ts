import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeCacheDirectory } from '../../src/startup/code-cache-directory.js';

describe('codeCacheDirectory()', () => {
  const home = '/home/ada';
  test.for([
    ['linux, nothing set', {}, 'linux', join(home, '.cache', 'netlab')],
    [
      'linux, XDG_CACHE_HOME set',
      { XDG_CACHE_HOME: '/var/cache/ada' },
      'linux',
      '/var/cache/ada/netlab',
    ],
    [
      'a relative XDG_CACHE_HOME (ignored, as the spec says)',
      { XDG_CACHE_HOME: 'cache' },
      'linux',
      join(home, '.cache', 'netlab'),
    ],
    ['macOS', {}, 'darwin', join(home, 'Library', 'Caches', 'netlab')],
    [
      'Windows with LOCALAPPDATA',
      { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' },
      'win32',
      join('C:\\Users\\ada\\AppData\\Local', 'netlab'),
    ],
  ] as const)('uses the user cache folder on %s', ([, env, platform, expected]) => {
    expect(codeCacheDirectory({ env, home, platform })).toBe(expected);
  });

  test.for(['1', 'true'])('turns caching off when NODE_DISABLE_COMPILE_CACHE=%s', (value) => {
    expect(
      codeCacheDirectory({ env: { NODE_DISABLE_COMPILE_CACHE: value }, home, platform: 'linux' }),
    ).toBeUndefined();
  });

  test('turns caching off when no home folder is known', () => {
    expect(codeCacheDirectory({ env: {}, home: '', platform: 'linux' })).toBeUndefined();
  });
});
