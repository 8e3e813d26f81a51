// netlab send/receive against a raw byte pipe, over loopback, in the same run:
//   raw pipe      file -> socket -> socket -> file: the same bytes and the same disk writes, with
//                 no framing, no hashing, no verification, no fdatasync
//   netlab        sendFiles -> startReceiver: frames, SHA-256 on both ends, .part, fdatasync, rename
//   bare sockets  memory -> socket -> socket -> discarded: the loopback ceiling, no disk at all
// Every end runs in its own process (this file, started again with a role), so each receiver's
// peak RSS is its own: it reports its peak resident memory (VmHWM) just before it exits.
// Run through `npm run bench` (it bundles this file; it imports the TypeScript sources).
// BENCH_TRANSFER_MIB sets the file size (default 1024), BENCH_TRANSFER_ROUNDS the rounds (2).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sendFiles } from '../src/transfer/send-files.ts';
import { startReceiver } from '../src/transfer/start-receiver.ts';

const MIB = 1024 * 1024;
const FILE_MIB = Number(process.env.BENCH_TRANSFER_MIB ?? 1024);
const ROUNDS = Number(process.env.BENCH_TRANSFER_ROUNDS ?? 2);
const TIMEOUT_MS = 120_000;

/** Prints one JSON line for the parent, then exits. */
function report(record) {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

/**
 * Peak resident memory of this process so far, in MiB. On Linux it is VmHWM: maxRSS would count
 * the parent's memory too, because a child keeps the peak of the process it was forked from
 * until it calls exec.
 */
function peakRssMiB() {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    if (match) return Number(match[1]) / 1024;
  } catch {
    // Not Linux: fall back to maxRSS.
  }
  return process.resourceUsage().maxRSS / 1024;
}

// ---------------------------------------------------------------- roles (child processes)

const roles = {
  async 'netlab-receiver'(dir) {
    const receiver = await startReceiver({
      host: '127.0.0.1',
      port: 0,
      dir,
      force: true,
      once: true,
      timeoutMs: TIMEOUT_MS,
      onEvent: () => undefined,
    });
    report({ port: receiver.port });
    const summary = await receiver.done;
    report({ saved: summary.saved, failures: summary.failures.length, peakRssMiB: peakRssMiB() });
  },
  async 'netlab-sender'(file, port) {
    const started = performance.now();
    await sendFiles([file], {
      host: '127.0.0.1',
      port: Number(port),
      timeoutMs: TIMEOUT_MS,
      onEvent: () => undefined,
    });
    report({ seconds: (performance.now() - started) / 1000, peakRssMiB: peakRssMiB() });
  },
  async 'raw-receiver'(dir) {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    report({ port: /** @type {import('node:net').AddressInfo} */ (server.address()).port });
    const [socket] = await once(server, 'connection');
    server.close();
    await pipeline(socket, createWriteStream(join(dir, 'raw.bin')));
    report({ peakRssMiB: peakRssMiB() });
  },
  async 'raw-sender'(file, port) {
    const started = performance.now();
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    await once(socket, 'connect');
    await pipeline(createReadStream(file, { highWaterMark: 256 * 1024 }), socket);
    report({ seconds: (performance.now() - started) / 1000, peakRssMiB: peakRssMiB() });
  },
  async 'bare-receiver'() {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    report({ port: /** @type {import('node:net').AddressInfo} */ (server.address()).port });
    const [socket] = await once(server, 'connection');
    server.close();
    socket.on('data', () => undefined);
    await once(socket, 'end');
    report({ peakRssMiB: peakRssMiB() });
  },
  async 'bare-sender'(_file, port) {
    const block = Buffer.alloc(256 * 1024, 0x61);
    const started = performance.now();
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    await once(socket, 'connect');
    for (let sent = 0; sent < FILE_MIB * MIB; sent += block.length) {
      if (!socket.write(block)) await once(socket, 'drain');
    }
    socket.end();
    await once(socket, 'close');
    report({ seconds: (performance.now() - started) / 1000, peakRssMiB: peakRssMiB() });
  },
};

// ---------------------------------------------------------------- the parent

/** Starts this file again in `role`; resolves each JSON line it prints, in order. */
function child(role, args) {
  const proc = spawn(process.execPath, [process.argv[1], role, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = [];
  const waiting = [];
  let text = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk) => {
    text += chunk;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n')) {
      const record = JSON.parse(text.slice(0, end));
      text = text.slice(end + 1);
      const waiter = waiting.shift();
      if (waiter) waiter.resolve(record);
      else lines.push(record);
    }
  });
  const exited = new Promise((resolve) => proc.on('close', resolve));
  const next = () =>
    lines.length > 0
      ? Promise.resolve(lines.shift())
      : new Promise((resolve, reject) => {
          waiting.push({ resolve });
          exited.then((code) => reject(new Error(`${role} exited (${code}) before reporting`)));
        });
  return { next, exited };
}

async function run(kind, file, dir) {
  const receiver = child(`${kind}-receiver`, [dir]);
  const { port } = await receiver.next();
  const sender = child(`${kind}-sender`, [file, String(port)]);
  const sent = await sender.next();
  const received = await receiver.next();
  await Promise.all([sender.exited, receiver.exited]);
  if (received.failures)
    throw new Error(`netlab receiver reported ${received.failures} failure(s)`);
  await rm(dir, { recursive: true, force: true });
  return { seconds: sent.seconds, receiverRss: received.peakRssMiB, senderRss: sent.peakRssMiB };
}

async function makeFile(path, mib) {
  const handle = await open(path, 'w');
  try {
    for (let written = 0; written < mib; written += 16) await handle.write(randomBytes(16 * MIB));
  } finally {
    await handle.close();
  }
}

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'netlab-bench-transfer-'));
  try {
    const file = join(root, 'source.bin');
    await makeFile(file, FILE_MIB);
    const best = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const kind of ['raw', 'netlab', 'bare']) {
        const dir = await mkdtemp(join(root, `${kind}-`));
        const result = await run(kind, file, dir);
        if (best[kind] === undefined || result.seconds < best[kind].seconds) best[kind] = result;
      }
    }
    const rate = (kind) => (FILE_MIB * MIB) / 1e6 / best[kind].seconds;
    const line = (label, kind, extra = '') =>
      console.log(
        `  ${label.padEnd(28)}${rate(kind).toFixed(0).padStart(6)} MB/s  ${best[kind].seconds.toFixed(2).padStart(6)} s` +
          `   receiver peak RSS ${best[kind].receiverRss.toFixed(0).padStart(4)} MiB` +
          `   sender ${best[kind].senderRss.toFixed(0).padStart(4)} MiB${extra}`,
      );
    console.log(`${FILE_MIB} MiB over loopback into ${tmpdir()}, best of ${ROUNDS}`);
    line('raw pipe (file to file)', 'raw');
    line('netlab send/receive', 'netlab');
    line('bare sockets (no disk)', 'bare');
    // Bounded memory: the receiver's peak must not grow with the file.
    const small = join(root, 'small.bin');
    await makeFile(small, Math.max(FILE_MIB / 8, 16));
    const smallRun = await run('netlab', small, await mkdtemp(join(root, 'small-')));
    console.log(
      `  netlab with a ${Math.max(FILE_MIB / 8, 16)} MiB file: receiver peak RSS ${smallRun.receiverRss.toFixed(0)} MiB` +
        ` (${FILE_MIB} MiB file: ${best.netlab.receiverRss.toFixed(0)} MiB): memory does not grow with the file`,
    );
    const ratio = rate('netlab') / rate('raw');
    const rss = best.netlab.receiverRss;
    console.log(
      `  netlab / raw pipe: ${ratio.toFixed(2)} (goal >= 0.50: ${ratio >= 0.5 ? 'met' : 'MISSED'});` +
        ` netlab / bare sockets: ${(rate('netlab') / rate('bare')).toFixed(2)};` +
        ` receiver peak RSS ${rss.toFixed(0)} MiB (goal < 100: ${rss < 100 ? 'met' : 'MISSED'})`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const [role, ...args] = process.argv.slice(2);
if (role === undefined) await main();
else await roles[role](...args);
