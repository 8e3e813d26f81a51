import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { PythonRecv } from '../../src/transfer/python-recv.js';
import {
  receiveLikeSeed,
  type SeedRecv,
  SIZE_RECV_BYTES,
} from '../../src/transfer/seed-receiver.js';
import { packNativeInt } from '../../src/transfer/seed-sender.js';
import { tempDir } from './_transfer-helpers.js';

/**
 * Runs the course's receiver against a scripted server: `script` gets the server's socket and
 * each recv the receiver makes, so a test can write the next bytes only after a given read.
 */
async function replay(script: (server: Socket, recv: SeedRecv | undefined) => void) {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  onTestFinished(() => {
    server.close();
  });
  const accepted = once(server, 'connection');
  const reader = await PythonRecv.connect({
    host: '127.0.0.1',
    port: (server.address() as { port: number }).port,
    firstSize: SIZE_RECV_BYTES,
    idleTimeoutMs: 5000,
  });
  onTestFinished(() => {
    reader.socket.destroy();
  });
  const [socket] = (await accepted) as [Socket];
  socket.on('error', () => undefined);
  script(socket, undefined);
  const recvs: SeedRecv[] = [];
  const out = join(await tempDir(), 'lw.mp4');
  const outcome = await receiveLikeSeed(reader, out, (recv) => {
    recvs.push(recv);
    script(socket, recv);
  });
  return { outcome, recvs, written: await readFile(out) };
}

describe("the course's receiver, replayed", () => {
  test('a size merged with the first frame makes int() fail', async () => {
    const { outcome, recvs } = await replay((server, recv) => {
      if (recv === undefined)
        server.end(Buffer.concat([Buffer.from('12'), packNativeInt(2), Buffer.from('ab')]));
    });
    expect(recvs[0]?.got.length).toBe(8);
    expect(outcome).toEqual({
      kind: 'crashed',
      exception: "ValueError: invalid literal for int() with base 10: '12\\x02\\x00\\x00\\x00ab'",
      written: 0,
    });
  });

  test('binary bytes merged with the size fail to decode as UTF-8', async () => {
    const { outcome } = await replay((server, recv) => {
      if (recv === undefined) server.end(Buffer.from([0x31, 0x32, 0xff, 0x00]));
    });
    expect(outcome).toEqual({
      kind: 'crashed',
      exception: "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2",
      written: 0,
    });
  });

  test('a short recv(n) makes the next recv(4) read file data as a length', async () => {
    const { outcome, recvs, written } = await replay((server, recv) => {
      if (recv === undefined) server.write('5');
      else if (recv.what === 'size')
        server.write(Buffer.concat([packNativeInt(5), Buffer.from('ab')]));
      else if (recv.what === 'data')
        server.end(Buffer.concat([Buffer.from('cde'), packNativeInt(0)]));
    });
    expect(recvs.map((recv) => [recv.what, recv.asked, recv.got.length])).toEqual([
      ['size', 1024, 1],
      ['length', 4, 4],
      ['data', 5, 2],
      ['length', 4, 4],
      ['data', 6_644_835, 3],
      ['length', 4, 0],
    ]);
    expect(outcome).toEqual({
      kind: 'crashed',
      exception: 'struct.error: unpack requires a buffer of 4 bytes',
      written: 5,
    });
    expect(written.toString('latin1')).toBe('ab\x00\x00\x00');
  });

  test('a negative length stops Python with "negative buffersize"', async () => {
    const { outcome } = await replay((server, recv) => {
      if (recv === undefined) server.write('9');
      else if (recv.what === 'size') server.end(packNativeInt(-5));
    });
    expect(outcome).toEqual({
      kind: 'crashed',
      exception: 'ValueError: negative buffersize in recv',
      written: 0,
    });
  });

  test('a zero length ends the loop as if the file were done', async () => {
    const { outcome } = await replay((server, recv) => {
      if (recv === undefined) server.write('100');
      else if (recv.what === 'size') server.end(packNativeInt(0));
    });
    expect(outcome).toEqual({ kind: 'finished', written: 0, size: 100 });
  });

  test('a huge length from the peer does not set aside a buffer of that size', async () => {
    let peak = 0;
    const { outcome, recvs } = await replay((server, recv) => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
      if (recv === undefined) server.write('9');
      else if (recv.what === 'size') server.write(packNativeInt(2 ** 31 - 1));
      else if (recv.what === 'length') server.end('abc');
    });
    expect(recvs.map((recv) => [recv.what, recv.asked, recv.got.length])).toEqual([
      ['size', 1024, 1],
      ['length', 4, 4],
      ['data', 2 ** 31 - 1, 3],
      ['length', 4, 0],
    ]);
    expect(outcome).toMatchObject({ kind: 'crashed', written: 3 });
    expect(peak).toBeLessThan(512 * 1024 * 1024);
  });
});
