import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { describe, expect, test } from 'vitest';
import { dataFramePrefix, headerFrame } from '../../src/transfer/encode-transfer-frame.js';
import { MAX_DATA_BYTES } from '../../src/transfer/wire-format.js';
import { spawnNetlab } from './_spawn-netlab.js';
import { tempDir } from './_transfer-helpers.js';

const READY = /listening on 127\.0\.0\.1:(\d+), saving into /;

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return Number(kib) / 1024;
}

/** Sends a header and most of a 1 MiB data frame, half-closes, and waits for the receiver to hang up. */
async function abortedTransfer(port: number, name: string): Promise<void> {
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  socket.write(headerFrame({ name, size: 10 * MAX_DATA_BYTES }));
  socket.write(dataFramePrefix(MAX_DATA_BYTES));
  socket.end(Buffer.alloc(MAX_DATA_BYTES - 1000));
  socket.resume();
  await once(socket, 'close');
}

function dial(port: number): Socket {
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('error', () => undefined);
  return socket;
}

describe('netlab receive under a flood of bad connections', () => {
  test('memory stays bounded over 300 connections that each leave 1 MiB unread', async () => {
    const dir = await tempDir();
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', dir]);
    const port = Number((await receiver.waitFor(READY))[1]);
    await abortedTransfer(port, 'warm-up');
    const before = await rssMiB(receiver.child.pid ?? 0);
    for (let i = 0; i < 300; i += 1) await abortedTransfer(port, `f${i}`);
    const growth = (await rssMiB(receiver.child.pid ?? 0)) - before;
    receiver.child.kill('SIGINT');
    await receiver.exit;
    // Kept, that is 300 MiB; released, the allocator reuses the same few MiB.
    expect(growth).toBeLessThan(120);
  }, 60_000);

  test('a sender that sends one byte per idle period is cut at its deadline', async () => {
    const dir = await tempDir();
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', dir, '--timeout', '1']);
    const port = Number((await receiver.waitFor(READY))[1]);
    const socket = dial(port);
    await once(socket, 'connect');
    socket.write(headerFrame({ name: 'slow.bin', size: 100 }));
    socket.write(dataFramePrefix(100));
    socket.resume();
    const drip = setInterval(() => socket.writable && socket.write(Buffer.from('x')), 300);
    // 100 bytes at one per 0.3 s would take 30 s; the deadline is 1 s plus 100 bytes at 64 KiB/s.
    await new Promise((resolve) => socket.once('close', resolve));
    clearInterval(drip);
    receiver.child.kill('SIGINT');
    const exit = await receiver.exit;
    expect(exit.stderr).toContain('took more than 2 s');
  }, 20_000);

  test('connections beyond the cap are closed while the first ones are held', async () => {
    const dir = await tempDir();
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', dir]);
    const port = Number((await receiver.waitFor(READY))[1]);
    const held = Array.from({ length: 16 }, () => dial(port));
    await Promise.all(held.map((socket) => once(socket, 'connect')));
    const extra = dial(port);
    const closed = await Promise.race([
      once(extra, 'close').then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
    ]);
    for (const socket of [...held, extra]) socket.destroy();
    receiver.child.kill('SIGINT');
    await receiver.exit;
    expect(closed).toBe(true);
  }, 20_000);
});

describe('netlab receive with many senders at once', () => {
  test('12 concurrent connections raise no MaxListenersExceededWarning', async () => {
    const dir = await tempDir();
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', dir, '--json']);
    const port = Number((await receiver.waitFor(/"event":"listen".*?"port":(\d+)/))[1]);
    const sockets = Array.from({ length: 12 }, () => dial(port));
    await receiver.waitForStdout((stdout) =>
      (stdout.match(/"event":"connect"/g) ?? []).length >= 12 ? true : undefined,
    );
    for (const socket of sockets) socket.destroy();
    receiver.child.kill('SIGINT');
    const exit = await receiver.exit;
    expect(exit.stderr).not.toContain('MaxListenersExceededWarning');
  }, 20_000);
});
