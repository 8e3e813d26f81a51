import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, expect, test } from 'vitest';
import { dataFramePrefix, headerFrame } from '../../src/transfer/encode-transfer-frame.js';
import { spawnNetlab } from './_spawn-netlab.js';
import { listDir, tempDir } from './_transfer-helpers.js';

describe('netlab receive stopped by a signal mid-file', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('%s removes the .part and exits %i', async (signal, status) => {
    const dir = await tempDir();
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', dir, '--json']);
    const port = Number((await receiver.waitFor(/"event":"listen".*?"port":(\d+)/))[1]);
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    await once(socket, 'connect');
    socket.write(headerFrame({ name: 'big.bin', size: 1000 }));
    socket.write(dataFramePrefix(1000));
    socket.write(Buffer.alloc(100));
    await receiver.waitFor(/"event":"start"/);
    expect(await listDir(dir)).toEqual(['big.bin.part']);
    receiver.child.kill(signal);
    const exit = await receiver.exit;
    socket.destroy();
    expect(exit.code).toBe(status);
    expect(await listDir(dir)).toEqual([]);
  });
});

describe('netlab demo transfer stopped by a signal', () => {
  test.each(['SIGTERM', 'SIGHUP'] as const)('%s removes its temp folder', async (signal) => {
    const tmp = await tempDir('netlab-tmp-');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    // The server end waits for a client, so the signal arrives while its folder exists.
    const demo = spawnNetlab(['demo', 'transfer', '--role', 'server', '--port', '0']);
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    await demo.waitFor(/Waiting for a client/);
    expect(await listDir(tmp)).toHaveLength(1);
    demo.child.kill(signal);
    await demo.exit;
    expect(await listDir(tmp)).toEqual([]);
  });
});
