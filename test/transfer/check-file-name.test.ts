import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { fileNameProblem, MAX_NAME_BYTES } from '../../src/transfer/check-file-name.js';

const refused: readonly (readonly [string, string])[] = [
  ['', 'it is empty'],
  ['.', '"." names a folder, not a file'],
  ['..', '".." names a folder, not a file'],
  ['../x', 'it contains "/": only a base name is accepted, not a path'],
  ['/etc/x', 'it contains "/": only a base name is accepted, not a path'],
  ['a/b', 'it contains "/": only a base name is accepted, not a path'],
  ['..\\x', 'it contains "\\": only a base name is accepted, not a path'],
  ['C:\\Windows\\x', 'it contains "\\": only a base name is accepted, not a path'],
  ['a\0b', 'it contains a NUL byte, which ends a name at the system call'],
  ['a\nb', 'it contains a control character'],
  ['\u001b[2Jx', 'it contains a control character'],
  ['a\ud800b', 'it is not valid Unicode (it has a lone surrogate)'],
  ['a\u0085b', 'it contains a control character'],
  ['a\u009bb', 'it contains a control character'],
  [
    'evil\u202egpj.exe',
    'it contains a bidirectional control, which can make it read as another name',
  ],
  ['a\u2066b', 'it contains a bidirectional control, which can make it read as another name'],
  ['a\u200bb', 'it contains a zero-width character, which hides a difference between names'],
  ['a\u2060b', 'it contains a zero-width character, which hides a difference between names'],
  ['\ufeffa.txt', 'it contains a byte-order mark (U+FEFF)'],
  [
    'cafe\u0301.txt',
    'it is not in Unicode NFC form (the same letters spelled another way would make a second file)',
  ],
  ['video.mp4.part', 'it ends with ".part", which the receiver uses for files still arriving'],
  ['x.PART', 'it ends with ".part", which the receiver uses for files still arriving'],
  [
    'x'.repeat(MAX_NAME_BYTES + 1),
    'it is 251 bytes long in UTF-8; the limit is 250 (255 minus ".part")',
  ],
  ['é'.repeat(126), 'it is 252 bytes long in UTF-8; the limit is 250 (255 minus ".part")'],
  ['.bashrc', 'it starts with ".": hidden files such as .bashrc or .profile are refused'],
  ['a<b', 'it contains "<", which Windows forbids in file names'],
  ['a>b', 'it contains ">", which Windows forbids in file names'],
  ['c:x', 'it contains ":", which Windows forbids in file names'],
  ['a"b', 'it contains """, which Windows forbids in file names'],
  ['a|b', 'it contains "|", which Windows forbids in file names'],
  ['a?b', 'it contains "?", which Windows forbids in file names'],
  ['a*b', 'it contains "*", which Windows forbids in file names'],
  ['name ', 'it ends with a space or a dot, which Windows drops (the file would get another name)'],
  ['name.', 'it ends with a space or a dot, which Windows drops (the file would get another name)'],
  ['CON', '"CON" is a device name on Windows, not a file'],
  ['con.txt', '"con" is a device name on Windows, not a file'],
  ['NUL', '"NUL" is a device name on Windows, not a file'],
  ['nul.tar.gz', '"nul" is a device name on Windows, not a file'],
  ['PRN', '"PRN" is a device name on Windows, not a file'],
  ['AUX.log', '"AUX" is a device name on Windows, not a file'],
  ['COM1', '"COM1" is a device name on Windows, not a file'],
  ['com9.txt', '"com9" is a device name on Windows, not a file'],
  ['LPT1', '"LPT1" is a device name on Windows, not a file'],
  ['COM¹', '"COM¹" is a device name on Windows, not a file'],
];

const accepted = [
  'video.mp4',
  'a',
  'x'.repeat(MAX_NAME_BYTES),
  '课程笔记.txt',
  'CONSOLE.txt',
  'COM10',
  'com0',
  'a.b.c',
  'space in name.txt',
  'name-with-dots..txt',
  'caf\u00e9.txt',
  'part',
  'a.part.txt',
];

describe('fileNameProblem()', () => {
  test.for(refused)('refuses %j: %s', ([name, why]) => {
    expect(fileNameProblem(name)).toBe(why);
  });

  test.for(accepted)('accepts %j', (name) => {
    expect(fileNameProblem(name)).toBeUndefined();
  });

  fcTest.prop([fc.string({ unit: 'binary', maxLength: 300 })])(
    'never accepts a name that could leave the folder',
    (name) => {
      if (fileNameProblem(name) !== undefined) return;
      expect(name).not.toMatch(/[/\\\0]/);
      expect(name === '.' || name === '..' || name === '').toBe(false);
      expect(Buffer.byteLength(name) + '.part'.length).toBeLessThanOrEqual(255);
    },
  );
});
