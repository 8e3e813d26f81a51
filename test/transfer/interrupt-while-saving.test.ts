import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import {
  dataFramePrefix,
  endFrame,
  headerFrame,
} from '../../src/transfer/encode-transfer-frame.js';
import { PartFile } from '../../src/transfer/part-file.js';
import { connectRawPeer, listDir, startTestReceiver, tempDir } from './_transfer-helpers.js';

test('Ctrl-C while a verified file is being saved: the file is saved and reported saved', async () => {
  const dir = await tempDir();
  const stop = new AbortController();
  const receiver = await startTestReceiver(dir, { signal: stop.signal });
  const commit = PartFile.prototype.commit;
  const spy = vi.spyOn(PartFile.prototype, 'commit').mockImplementation(function (
    this: PartFile,
    expected,
  ) {
    const saving = commit.call(this, expected);
    stop.abort();
    return saving;
  });
  const content = Buffer.from('saved before the interruption');
  const peer = await connectRawPeer(receiver.port);
  peer.socket.write(headerFrame({ name: 'a.txt', size: content.length }));
  peer.socket.write(Buffer.concat([dataFramePrefix(content.length), content]));
  peer.socket.write(endFrame(createHash('sha256').update(content).digest()));
  const summary = await receiver.done;
  spy.mockRestore();
  expect(await listDir(dir)).toEqual(['a.txt']);
  expect(await readFile(join(dir, 'a.txt'))).toEqual(content);
  expect(summary.saved).toBe(1);
  expect(summary.failures.map((failure) => failure.message).join('')).not.toContain(
    'nothing was saved',
  );
  expect(receiver.events.some((event) => event.event === 'file-done')).toBe(true);
});
