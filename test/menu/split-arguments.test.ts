import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { splitArguments } from '../../src/cli/split-arguments.js';
import { InputError } from '../../src/core/errors.js';

describe('splitArguments()', () => {
  const cases: readonly [string, readonly string[]][] = [
    ['', []],
    ['   ', []],
    ['192.168.1.5 192.168.1.77 /24', ['192.168.1.5', '192.168.1.77', '/24']],
    ['  80\t443  ', ['80', '443']],
    ['--payload "GET / HTTP/1.1"', ['--payload', 'GET / HTTP/1.1']],
    ['--payload \'say "hi"\'', ['--payload', 'say "hi"']],
    ['"a \\" b"', ['a " b']],
    ['"a \\n b"', ['a \\n b']],
    ['a\\ b c', ['a b', 'c']],
    ['""', ['']],
    ["x''y", ['xy']],
    ['x"1 2"y', ['x1 2y']],
  ];
  test.for(cases)('splits %j into %j', ([line, words]) => {
    expect(splitArguments(line)).toEqual(words);
  });

  test.for([
    ['"abc', '"'],
    ["it's", "'"],
    ['a "b\\"', '"'],
  ] as const)('refuses the unclosed quote in %j', ([line, quote]) => {
    expect(() => splitArguments(line)).toThrow(InputError);
    expect(() => splitArguments(line)).toThrow(
      `cannot split ${JSON.stringify(line)} into arguments: the ${quote} quote is never closed; add the closing ${quote}`,
    );
  });

  fcTest.prop([fc.array(fc.stringMatching(/^[\w./:-]+$/), { maxLength: 6 })])(
    'words without spaces or quotes come back as they were joined',
    (words) => {
      expect(splitArguments(words.join(' '))).toEqual(words);
    },
  );

  fcTest.prop([fc.array(fc.string({ unit: 'grapheme-ascii' }), { maxLength: 5 })])(
    "any words survive single-quoting (with quotes written as '\\'')",
    (words) => {
      const quoted = words.map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
      expect(splitArguments(quoted)).toEqual(words);
    },
  );
});
