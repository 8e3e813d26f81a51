import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { encodeFrame } from '../../src/net/length-prefix-encoder.js';
import {
  dataFramePrefix,
  endFrame,
  headerFrame,
} from '../../src/transfer/encode-transfer-frame.js';
import { sendFiles } from '../../src/transfer/send-files.js';
import { TransferError } from '../../src/transfer/transfer-error.js';
import type { TransferEvent } from '../../src/transfer/transfer-event.js';
import { DATA_CHUNK_BYTES } from '../../src/transfer/wire-format.js';
import { connectRawPeer, listDir, startTestReceiver, tempDir } from './_transfer-helpers.js';

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

function dataFrame(bytes: Buffer): Buffer {
  return Buffer.concat([dataFramePrefix(bytes.length), bytes]);
}

/** Sends files from `dir` to a receiver on `port`, recording the sender's events. */
async function send(paths: string[], port: number, events: TransferEvent[] = []) {
  return sendFiles(paths, {
    host: '127.0.0.1',
    port,
    timeoutMs: 5000,
    onEvent: (event) => events.push(event),
  });
}

describe('send and receive over loopback', () => {
  test.for([
    ['empty', 0],
    ['one byte', 1],
    ['exactly one data frame', DATA_CHUNK_BYTES],
    ['one byte past a frame', DATA_CHUNK_BYTES + 1],
    ['many frames', DATA_CHUNK_BYTES * 5 + 17],
  ] as const)('a file of %s (%i bytes) arrives byte-identical', async ([, size]) => {
    const [from, to] = [await tempDir(), await tempDir()];
    const content = randomBytes(size);
    await writeFile(join(from, 'file.bin'), content);
    const receiver = await startTestReceiver(to);
    const acks = await send([join(from, 'file.bin')], receiver.port);
    expect(acks).toEqual([{ name: 'file.bin', size, sha256: sha256(content).toString('hex') }]);
    expect(await receiver.done).toEqual({ saved: 1, failed: 0, failures: [] });
    expect(await readFile(join(to, 'file.bin'))).toEqual(content);
    expect(await listDir(to)).toEqual(['file.bin']);
  });

  test('a random 64 MiB file arrives byte-identical, read 1 MiB at a time', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    const content = randomBytes(64 * 1024 * 1024);
    await writeFile(join(from, 'video.mp4'), content);
    const receiver = await startTestReceiver(to);
    const events: TransferEvent[] = [];
    await send([join(from, 'video.mp4')], receiver.port, events);
    await receiver.done;
    expect(sha256(await readFile(join(to, 'video.mp4')))).toEqual(sha256(content));
    const progress = events.filter((event) => event.event === 'progress');
    expect(progress).toHaveLength(64);
    expect(progress.at(-1)).toMatchObject({ bytes: 64 * 1024 * 1024, size: 64 * 1024 * 1024 });
  });

  test('several files travel one after another on one connection', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    const files = {
      'a.txt': Buffer.from('first'),
      'b.bin': randomBytes(300_000),
      c: Buffer.alloc(0),
    };
    for (const [name, content] of Object.entries(files)) await writeFile(join(from, name), content);
    const receiver = await startTestReceiver(to);
    await send(
      Object.keys(files).map((name) => join(from, name)),
      receiver.port,
    );
    expect(await receiver.done).toEqual({ saved: 3, failed: 0, failures: [] });
    for (const [name, content] of Object.entries(files)) {
      expect(await readFile(join(to, name))).toEqual(content);
    }
    const connections = receiver.events.filter((event) => event.event === 'connect');
    expect(connections).toHaveLength(1);
  });

  test('an existing file is not overwritten, and the sender is told why', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    await writeFile(join(from, 'notes.txt'), 'new');
    await writeFile(join(to, 'notes.txt'), 'old');
    const receiver = await startTestReceiver(to);
    const sending = send([join(from, 'notes.txt')], receiver.port);
    await expect(sending).rejects.toThrow(
      'the receiver at 127.0.0.1:' +
        `${receiver.port} stopped the transfer: "notes.txt" already exists in the receiving folder: nothing was overwritten (start the receiver with --force to replace files) (file-exists)`,
    );
    expect((await receiver.done).failures.map((failure) => failure.wireCode)).toEqual([
      'file-exists',
    ]);
    expect(await readFile(join(to, 'notes.txt'), 'utf8')).toBe('old');
    expect(await listDir(to)).toEqual(['notes.txt']);
  });

  test('an existing file is replaced with --force', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    await writeFile(join(from, 'notes.txt'), 'new');
    await writeFile(join(to, 'notes.txt'), 'old');
    await writeFile(join(to, 'notes.txt.part'), 'left by a killed receiver');
    const receiver = await startTestReceiver(to, { force: true });
    await send([join(from, 'notes.txt')], receiver.port);
    await receiver.done;
    expect(await readFile(join(to, 'notes.txt'), 'utf8')).toBe('new');
    expect(await listDir(to)).toEqual(['notes.txt']);
  });

  test('a sender refuses a file the receiver could not name, before connecting (exit 2)', async () => {
    const from = await tempDir();
    await writeFile(join(from, '.hidden'), 'x');
    await expect(send([join(from, '.hidden')], 9)).rejects.toMatchObject({
      exitCode: 2,
      message: `cannot send "${join(from, '.hidden')}": the receiver would refuse its name, because it starts with ".": hidden files such as .bashrc or .profile are refused; rename or copy it first`,
    });
  });

  test('a sender with nobody listening says to start the receiver first', async () => {
    const from = await tempDir();
    await writeFile(join(from, 'a'), 'x');
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    server.close();
    await once(server, 'close');
    await expect(send([join(from, 'a')], port)).rejects.toThrow(
      `cannot connect to 127.0.0.1:${port}: nothing is listening there (ECONNREFUSED); start the receiver first with "netlab receive --port ${port}"`,
    );
  });

  test('a sender gives up on a receiver that never answers (idle timeout)', async () => {
    const from = await tempDir();
    await writeFile(join(from, 'a'), 'x');
    const server = createServer((socket) => socket.pause());
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    onTestFinished(() => {
      server.close();
    });
    const { port } = server.address() as { port: number };
    const sending = sendFiles([join(from, 'a')], {
      host: '127.0.0.1',
      port,
      timeoutMs: 200,
      onEvent: () => undefined,
    });
    await expect(sending).rejects.toThrow(
      `the receiver at 127.0.0.1:${port} did not read or answer for 0.2 s (it stalled or the network is down; --timeout sets the limit)`,
    );
  });

  test('a sender blocked on a full socket gives up after the idle timeout, not twice as long', async () => {
    const from = await tempDir();
    await writeFile(join(from, 'big.bin'), randomBytes(32 * 1024 * 1024));
    const server = createServer((socket) => socket.pause());
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    onTestFinished(() => {
      server.close();
    });
    const { port } = server.address() as { port: number };
    const started = performance.now();
    const sending = sendFiles([join(from, 'big.bin')], {
      host: '127.0.0.1',
      port,
      timeoutMs: 1000,
      onEvent: () => undefined,
    });
    await expect(sending).rejects.toMatchObject({ wireCode: 'idle-timeout' });
    // Node's socket timeout lets one period pass while a write is queued: that took 2 s here.
    expect(performance.now() - started).toBeLessThan(1700);
  });
});

describe('a receiver facing a hand-written peer', () => {
  test('a corrupted data frame fails the checksum and saves nothing', async () => {
    const to = await tempDir();
    const receiver = await startTestReceiver(to);
    const peer = await connectRawPeer(receiver.port);
    const content = randomBytes(1000);
    const corrupted = Buffer.from(content);
    corrupted[500] = (corrupted[500] ?? 0) ^ 0x01;
    peer.socket.write(headerFrame({ name: 'data.bin', size: 1000 }));
    peer.socket.write(dataFrame(corrupted));
    peer.socket.write(endFrame(sha256(content)));
    const [reply] = await peer.replies;
    expect(reply).toMatchObject({ kind: 'error', code: 'checksum-mismatch' });
    expect(reply?.kind === 'error' && reply.message).toMatch(
      /^the SHA-256 of the bytes received \([0-9a-f]{16}…\) differs from the sender's \([0-9a-f]{16}…\): the data was corrupted on the way; nothing was saved$/,
    );
    await receiver.done;
    expect(await listDir(to)).toEqual([]);
  });

  test.for([
    ['../x'],
    ['/etc/x'],
    ['a/b'],
    ['..'],
    ['.'],
    [''],
    ['a\0b'],
    ['x'.repeat(256)],
    ['CON'],
    ['nul.txt'],
    ['COM1'],
    ['a<b'],
    ['a:b'],
    ['a"b'],
    ['a|b'],
    ['a?b'],
    ['a*b'],
    ['..\\x'],
  ] as const)('the receiver refuses the name %j and writes nothing', async ([name]) => {
    const outside = await tempDir();
    const to = join(outside, 'inbox');
    await mkdir(to);
    const receiver = await startTestReceiver(to);
    const peer = await connectRawPeer(receiver.port);
    peer.socket.write(headerFrame({ name, size: 1 }));
    peer.socket.write(dataFrame(Buffer.from('x')));
    const [reply] = await peer.replies;
    expect(reply).toMatchObject({ kind: 'error', code: 'bad-name' });
    expect(reply?.kind === 'error' && reply.message).toMatch(/^refusing the file name ".*": /);
    await receiver.done;
    expect(await listDir(to)).toEqual([]);
    expect(await listDir(outside)).toEqual(['inbox']);
  });

  test.for([
    [
      '4 GiB - 1 (ff ff ff ff)',
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0x48]),
      'refusing a frame of 4294967295 bytes from 127.0.0.1:PEER: the limit is 1048577 (bytes ff ff ff ff; read as a signed 32-bit number it is -1)',
    ],
    [
      '2^31, negative when signed',
      Buffer.from([0x80, 0x00, 0x00, 0x00]),
      'refusing a frame of 2147483648 bytes from 127.0.0.1:PEER: the limit is 1048577 (bytes 80 00 00 00; read as a signed 32-bit number it is -2147483648)',
    ],
    [
      'one byte over the limit',
      Buffer.from([0x00, 0x10, 0x00, 0x02]),
      'refusing a frame of 1048578 bytes from 127.0.0.1:PEER: the limit is 1048577 (bytes 00 10 00 02)',
    ],
    [
      'an HTTP request',
      Buffer.from('GET / HTTP/1.1\r\n\r\n'),
      'refusing a frame of 1195725856 bytes from 127.0.0.1:PEER: the limit is 1048577 (bytes 47 45 54 20 read as text: "GET " — the peer does not speak netlab\'s transfer protocol)',
    ],
  ] as const)(
    'a length prefix of %s gets an error frame and the connection closed',
    async ([, bytes, message]) => {
      const to = await tempDir();
      const receiver = await startTestReceiver(to);
      const peer = await connectRawPeer(receiver.port);
      const peerPort = String(peer.socket.localPort);
      peer.socket.write(bytes);
      const replies = await peer.replies;
      expect(replies).toEqual([
        { kind: 'error', code: 'frame-too-large', message: message.replace('PEER', peerPort) },
      ]);
      expect((await receiver.done).failures.map((failure) => failure.wireCode)).toEqual([
        'frame-too-large',
      ]);
    },
  );

  test.for([
    ['a header that is not JSON', [encodeFrame(Buffer.from('Hhello'))], 'bad-header'],
    ['a frame of unknown type', [encodeFrame(Buffer.from('Qxyz'))], 'bad-frame'],
    ['data before any header', [dataFrame(Buffer.from('x'))], 'unexpected-frame'],
    ['an end frame before any header', [endFrame(Buffer.alloc(32))], 'unexpected-frame'],
    [
      'more data than the header announced',
      [headerFrame({ name: 'a', size: 1 }), dataFrame(Buffer.from('xy'))],
      'size-mismatch',
    ],
    [
      'a second header inside a file',
      [headerFrame({ name: 'a', size: 1 }), headerFrame({ name: 'b', size: 1 })],
      'unexpected-frame',
    ],
    [
      'a short end frame',
      [headerFrame({ name: 'a', size: 0 }), encodeFrame(Buffer.from('Eabc'))],
      'bad-frame',
    ],
  ] as const)('%s gets an error frame (%s) and leaves nothing behind', async ([, frames, code]) => {
    const to = await tempDir();
    const receiver = await startTestReceiver(to);
    const peer = await connectRawPeer(receiver.port);
    for (const frame of frames) peer.socket.write(frame);
    const replies = await peer.replies;
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ kind: 'error', code });
    await receiver.done;
    expect(await listDir(to)).toEqual([]);
  });

  test('a silent sender is cut off by the idle timeout and its .part removed', async () => {
    const to = await tempDir();
    const receiver = await startTestReceiver(to, { timeoutMs: 200 });
    const peer = await connectRawPeer(receiver.port);
    peer.socket.write(headerFrame({ name: 'slow.bin', size: 10 }));
    peer.socket.write(dataFrame(Buffer.from('abc')));
    const peerPort = peer.socket.localPort;
    const replies = await peer.replies;
    expect(replies).toEqual([
      {
        kind: 'error',
        code: 'idle-timeout',
        message: `nothing arrived from 127.0.0.1:${peerPort} for 0.2 s after 3 bytes of 10 bytes of "slow.bin"; nothing was saved (the sender stalled or its network is down; --timeout sets the limit)`,
      },
    ]);
    await receiver.done;
    expect(await listDir(to)).toEqual([]);
  });

  test('a sender that hangs up mid-file leaves no file and an error on the receiver', async () => {
    const to = await tempDir();
    const receiver = await startTestReceiver(to);
    const peer = await connectRawPeer(receiver.port);
    peer.socket.write(headerFrame({ name: 'cut.bin', size: 100 }));
    peer.socket.end(dataFrame(Buffer.alloc(40)));
    const summary = await receiver.done;
    expect(summary.failures.map((failure) => failure.message)).toEqual([
      'the sender closed the connection after 40 bytes of 100 bytes of "cut.bin"; nothing was saved',
    ]);
    expect(summary.failures[0]).toBeInstanceOf(TransferError);
    expect(await listDir(to)).toEqual([]);
  });
});
