import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headerFrame } from '../../src/transfer/encode-transfer-frame.js';
import { runCli } from '../helpers/run-cli.js';
import { spawnNetlab } from './_spawn-netlab.js';
import { listDir, startTestReceiver, tempDir } from './_transfer-helpers.js';

const READY = /listening on 127\.0\.0\.1:(\d+), saving into /;
const SUMMARY = (verb: string, name: string, size: string) =>
  new RegExp(
    `^${verb} "${name}": ${size} in \\S+ s, \\S+ (?:MB|kB|B)/s, ${verb === 'sent' ? 'receiver: ' : ''}SHA-256 ok \\([0-9a-f]{8}…\\)$`,
    'm',
  );

describe('netlab send and netlab receive', () => {
  test('two files arrive and both ends print a summary line per file, exit 0', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    await writeFile(join(from, 'a.bin'), randomBytes(1_000_000));
    await writeFile(join(from, 'notes.txt'), 'hello');
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', to, '--once']);
    const [, port] = await receiver.waitFor(READY);
    const sent = await runCli(['send', 'a.bin', 'notes.txt', '--to', `127.0.0.1:${port}`], {
      cwd: from,
    });
    const received = await receiver.exit;
    expect(sent.code).toBe(0);
    expect(sent.stderr).toBe('');
    expect(sent.stdout).toMatch(SUMMARY('sent', 'a.bin', '976.6 KiB'));
    expect(received.code).toBe(0);
    expect(received.stdout).toMatch(SUMMARY('received', 'notes.txt', '5 bytes'));
    expect(received.stdout).toContain(`send here with: netlab send FILE --to 127.0.0.1:${port}\n`);
    expect(await readFile(join(to, 'notes.txt'), 'utf8')).toBe('hello');
    expect(await listDir(to)).toEqual(['a.bin', 'notes.txt']);
  });

  test('a receiving folder that does not exist is created, and receive says so', async () => {
    const [from, parent] = [await tempDir(), await tempDir()];
    await writeFile(join(from, 'notes.txt'), 'hello');
    const dir = join(parent, 'downloads');
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', dir, '--once']);
    const [, port] = await receiver.waitFor(READY);
    const sent = await runCli(['send', 'notes.txt', '--to', `127.0.0.1:${port}`], { cwd: from });
    const received = await receiver.exit;
    expect([sent.code, received.code]).toEqual([0, 0]);
    expect(received.stdout.startsWith(`created the folder ${dir}\n`)).toBe(true);
    expect(await readFile(join(parent, 'downloads', 'notes.txt'), 'utf8')).toBe('hello');
  });

  test('--json gives one record a line: start, progress, result on both ends', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    await writeFile(join(from, 'a.bin'), randomBytes(600_000));
    const receiver = spawnNetlab(['--json', 'receive', '--port', '0', '--dir', to, '--once']);
    const [, port] = await receiver.waitFor(/"port":(\d+)/);
    const sent = await runCli(['--json', 'send', join(from, 'a.bin'), '--to', `127.0.0.1:${port}`]);
    const records = sent.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((record) => record.event)).toEqual([
      'connect',
      'start',
      'progress',
      'result',
    ]);
    expect(records[2]).toMatchObject({
      side: 'sender',
      bytes: 600_000,
      size: 600_000,
      percent: 100,
    });
    expect(records[3]).toMatchObject({
      side: 'sender',
      ok: true,
      name: 'a.bin',
      size: 600_000,
      checksum: 'ok',
    });
    const received = (await receiver.exit).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(received[0]).toMatchObject({
      event: 'listen',
      host: '127.0.0.1',
      dir: to,
      sendTo: [`127.0.0.1:${port}`],
    });
    expect(received.at(-2)).toMatchObject({
      event: 'result',
      side: 'receiver',
      ok: true,
      path: join(to, 'a.bin'),
    });
    expect(received.at(-1)).toMatchObject({ event: 'close', files: 1 });
  });

  test('a sender killed mid-way leaves no file and an error on the receiver', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    await writeFile(join(from, 'big.bin'), randomBytes(64 * 1024 * 1024));
    let killed = false;
    const sender: { kill?: () => void } = {};
    const receiver = await startTestReceiver(to, {
      onEvent: (event) => {
        if (event.event === 'progress' && !killed) {
          killed = true;
          sender.kill?.();
        }
      },
    });
    const running = spawnNetlab([
      'send',
      join(from, 'big.bin'),
      '--to',
      `127.0.0.1:${receiver.port}`,
    ]);
    sender.kill = () => running.child.kill('SIGKILL');
    const summary = await receiver.done;
    expect((await running.exit).signal).toBe('SIGKILL');
    expect(summary.saved).toBe(0);
    expect(summary.failures.map((failure) => failure.wireCode)).toContainEqual(
      expect.stringMatching(/^peer-(closed|reset)$/),
    );
    expect(summary.failures[0]?.message).toMatch(/ of 64 MiB of "big\.bin"; nothing was saved$/);
    expect(await listDir(to)).toEqual([]);
  });

  test('a sender interrupted with Ctrl-C says so, exits 130, and the receiver saves nothing', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    await writeFile(join(from, 'big.bin'), randomBytes(64 * 1024 * 1024));
    const sender: { interrupt?: () => void } = {};
    let interrupted = false;
    const receiver = await startTestReceiver(to, {
      onEvent: (event) => {
        if (event.event === 'progress' && !interrupted) {
          interrupted = true;
          sender.interrupt?.();
        }
      },
    });
    const running = spawnNetlab([
      'send',
      join(from, 'big.bin'),
      '--to',
      `127.0.0.1:${receiver.port}`,
    ]);
    sender.interrupt = () => running.child.kill('SIGINT');
    const [summary, sent] = await Promise.all([receiver.done, running.exit]);
    expect(sent.code).toBe(130);
    expect(sent.stderr).toBe(`netlab: sending to 127.0.0.1:${receiver.port} was interrupted\n`);
    expect(summary.saved).toBe(0);
    expect(summary.failures[0]?.message).toMatch(/ of 64 MiB of "big\.bin"; nothing was saved$/);
    expect(await listDir(to)).toEqual([]);
  });

  test('netlab receive stops on Ctrl-C with exit 130 and nothing on stderr', async () => {
    const to = await tempDir();
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', to]);
    await receiver.waitFor(READY);
    receiver.child.kill('SIGINT');
    const result = await receiver.exit;
    expect([result.code, result.stderr]).toEqual([130, '']);
  });

  test('an address that is not this machine’s is a bad --host, exit 2', async () => {
    const result = await runCli(['receive', '--host', '192.0.2.99', '--port', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "netlab: cannot listen on 192.0.2.99:0: this machine has no such address (EADDRNOTAVAIL); use 127.0.0.1, 0.0.0.0 or one of this machine's own addresses\n",
    );
  });

  test('the receiver gives up on a silent sender after --timeout and exits 1', async () => {
    const to = await tempDir();
    const receiver = spawnNetlab([
      'receive',
      '--port',
      '0',
      '--dir',
      to,
      '--once',
      '--timeout',
      '0.3',
    ]);
    const [, port] = await receiver.waitFor(READY);
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    socket.on('error', () => undefined);
    // Hang up once the receiver's error frame arrives, as a real sender would.
    socket.on('data', () => socket.destroy());
    socket.write(headerFrame({ name: 'x.bin', size: 10 }));
    const localPort = await new Promise<number>((resolve) =>
      socket.once('connect', () => resolve(socket.localPort ?? 0)),
    );
    const result = await receiver.exit;
    socket.destroy();
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `netlab: nothing arrived from 127.0.0.1:${localPort} for 0.3 s after 0 bytes of 10 bytes of "x.bin"; nothing was saved (the sender stalled or its network is down; --timeout sets the limit)\n`,
    );
    expect(await listDir(to)).toEqual([]);
  });

  test('an existing file is refused without --force: both ends say so, exit 1', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    await writeFile(join(from, 'a.txt'), 'new');
    await writeFile(join(to, 'a.txt'), 'old');
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', to, '--once']);
    const [, port] = await receiver.waitFor(READY);
    const sent = await runCli(['send', join(from, 'a.txt'), '--to', `127.0.0.1:${port}`]);
    const received = await receiver.exit;
    const why =
      '"a.txt" already exists in the receiving folder: nothing was overwritten (start the receiver with --force to replace files)';
    expect(sent.code).toBe(1);
    expect(sent.stderr).toBe(
      `netlab: the receiver at 127.0.0.1:${port} stopped the transfer: ${why} (file-exists)\n`,
    );
    expect(received.code).toBe(1);
    expect(received.stderr).toBe(`netlab: ${why}\n`);
    expect(await readFile(join(to, 'a.txt'), 'utf8')).toBe('old');
  });

  test.for([
    [
      ['send', 'missing.bin', '--to', '127.0.0.1:9'],
      /^netlab: cannot send ".*missing\.bin": no such file\n$/,
    ],
    [
      ['send', 'x', '--to', '127.0.0.1'],
      /^netlab: cannot use --to "127\.0\.0\.1": it has no port; write HOST:PORT, e\.g\. 127\.0\.0\.1:9518\n$/,
    ],
    [
      ['send', 'x', '--to', '::1:9518'],
      /^netlab: cannot use --to "::1:9518": an IPv6 address goes in brackets before the port, e\.g\. \[::1\]:9518\n$/,
    ],
    [
      ['send', 'x', '--to', '127.0.0.1:0'],
      /^netlab: cannot use --to "127\.0\.0\.1:0": port 0 means "any free port" to a receiver; give the port it printed\n$/,
    ],
    [
      ['send', 'x', '--to', '127.0.0.1:9', '--timeout', '0'],
      /^netlab: cannot use --timeout "0": give the seconds of silence to allow, a number above 0 and at most 86400 \(e\.g\. 30 or 0\.5\)\n$/,
    ],
    [
      ['receive', '--dir', '/nonexistent-netlab-dir/downloads'],
      /^netlab: cannot receive into "\/nonexistent-netlab-dir\/downloads": no such folder, and it cannot be created there \(create it yourself, or pick another with --dir\)\n$/,
    ],
    [['receive', '--timeout', '1e3'], /^netlab: cannot use --timeout "1e3": /],
  ] as const)('netlab %j exits 2 with one line saying what is wrong', async ([args, message]) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('netlab receive --once and a port probe', () => {
  test('an empty connection does not use up --once: the next sender is received', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    await writeFile(join(from, 'notes.txt'), 'hello');
    const receiver = spawnNetlab(['receive', '--port', '0', '--dir', to, '--once']);
    const [, port] = await receiver.waitFor(READY);
    const probe = connect({ host: '127.0.0.1', port: Number(port) });
    await new Promise((resolve) => probe.once('connect', resolve));
    probe.end();
    await new Promise((resolve) => probe.once('close', resolve));
    const sent = await runCli(['send', 'notes.txt', '--to', `127.0.0.1:${port}`], { cwd: from });
    expect(sent.code).toBe(0);
    expect((await receiver.exit).code).toBe(0);
    expect(await readFile(join(to, 'notes.txt'), 'utf8')).toBe('hello');
  });
});
