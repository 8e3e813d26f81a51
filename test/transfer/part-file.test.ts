import { createHash } from 'node:crypto';
import { readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PartFile } from '../../src/transfer/part-file.js';
import { listDir, tempDir } from './_transfer-helpers.js';

const content = Buffer.from('hello, part file');
const sha256 = createHash('sha256').update(content).digest();

describe('PartFile', () => {
  test('commit() gives a verified file its final name and removes the .part', async () => {
    const dir = await tempDir();
    const part = await PartFile.create({ dir, name: 'a.txt', force: false });
    expect(await listDir(dir)).toEqual(['a.txt.part']);
    part.write(content);
    expect(await part.commit({ size: content.length, sha256 })).toBe(sha256.toString('hex'));
    expect(await listDir(dir)).toEqual(['a.txt']);
    expect(await readFile(join(dir, 'a.txt'))).toEqual(content);
  });

  test('commit() refuses a size that differs and leaves nothing', async () => {
    const dir = await tempDir();
    const part = await PartFile.create({ dir, name: 'a.txt', force: false });
    part.write(content);
    await expect(part.commit({ size: content.length + 1, sha256 })).rejects.toThrow(
      `received ${content.length} bytes but the header announced ${content.length + 1}; nothing was saved`,
    );
    expect(await listDir(dir)).toEqual([]);
  });

  test('commit() never replaces a file that appeared during the transfer', async () => {
    const dir = await tempDir();
    const part = await PartFile.create({ dir, name: 'a.txt', force: false });
    part.write(content);
    await writeFile(join(dir, 'a.txt'), 'someone else');
    await expect(part.commit({ size: content.length, sha256 })).rejects.toThrow(
      '"a.txt" appeared while receiving: nothing was overwritten (use --force to replace files)',
    );
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('someone else');
    expect(await listDir(dir)).toEqual(['a.txt']);
  });

  test('create() refuses a .part another process is writing', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt.part'), 'another process');
    await expect(PartFile.create({ dir, name: 'a.txt', force: false })).rejects.toThrow(
      '"a.txt.part" already exists in the receiving folder: another transfer is writing it, or one was killed (remove it, or start the receiver with --force)',
    );
  });

  test('create() with force removes a symlink planted at NAME.part instead of following it', async () => {
    const [dir, elsewhere] = [await tempDir(), await tempDir()];
    const target = join(elsewhere, 'victim');
    await writeFile(target, 'untouched');
    await symlink(target, join(dir, 'a.txt.part'));
    const part = await PartFile.create({ dir, name: 'a.txt', force: true });
    part.write(content);
    await part.commit({ size: content.length, sha256 });
    expect(await readFile(target, 'utf8')).toBe('untouched');
    expect(await readFile(join(dir, 'a.txt'))).toEqual(content);
  });

  test('commit() with force replaces a symlink at NAME, not the file it points to', async () => {
    const [dir, elsewhere] = [await tempDir(), await tempDir()];
    const target = join(elsewhere, 'victim');
    await writeFile(target, 'untouched');
    await symlink(target, join(dir, 'a.txt'));
    const part = await PartFile.create({ dir, name: 'a.txt', force: true });
    part.write(content);
    await part.commit({ size: content.length, sha256 });
    expect(await readFile(target, 'utf8')).toBe('untouched');
    await expect(readlink(join(dir, 'a.txt'))).rejects.toThrow();
  });

  test('discard() removes the .part and may be called twice', async () => {
    const dir = await tempDir();
    const part = await PartFile.create({ dir, name: 'a.txt', force: false });
    part.write(content);
    await part.discard();
    await part.discard();
    expect(await listDir(dir)).toEqual([]);
  });
});

describe('PartFile: one writer per final name', () => {
  test('a second writer of a name being received is refused, even with force', async () => {
    const dir = await tempDir();
    const first = await PartFile.create({ dir, name: 'a.txt', force: true });
    await expect(PartFile.create({ dir, name: 'a.txt', force: true })).rejects.toThrow(
      '"a.txt" is being received from another sender right now: this one was refused and nothing of it was saved',
    );
    first.write(content);
    await first.commit({ size: content.length, sha256 });
    expect(await readFile(join(dir, 'a.txt'))).toEqual(content);
    const next = await PartFile.create({ dir, name: 'a.txt', force: true });
    await next.discard();
    expect(await listDir(dir)).toEqual(['a.txt']);
  });
});
