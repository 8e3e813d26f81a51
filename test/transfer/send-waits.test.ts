import { writeFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { LengthPrefixDecoder } from '../../src/net/length-prefix-decoder.js';
import { ackFrame } from '../../src/transfer/encode-transfer-frame.js';
import { parseTransferFrame } from '../../src/transfer/parse-transfer-frame.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from './_transfer-helpers.js';

/** A receiver that reads a file's frames and then answers with `answer` once the end frame came. */
async function fakeReceiver(answer: (socket: Socket, ack: Buffer) => void): Promise<number> {
  // Half-open allowed: the fake stays open after the sender's FIN until the test ends.
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    onTestFinished(() => {
      socket.destroy();
    });
    socket.on('error', () => undefined);
    const decoder = new LengthPrefixDecoder();
    let name = '';
    let size = 0;
    socket.on('data', (chunk: Buffer) => {
      for (const frame of decoder.push(chunk)) {
        const message = parseTransferFrame(Buffer.from(frame));
        if (message.kind === 'header') ({ name, size } = message);
        if (message.kind === 'end') {
          answer(socket, ackFrame({ name, size, sha256: message.sha256.toString('hex') }));
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    server.close();
    server.unref();
  });
  return (server.address() as { port: number }).port;
}

async function sendHello(port: number): Promise<{ code: number | null; stderr: string }> {
  const from = await tempDir();
  await writeFile(join(from, 'a.txt'), 'hello');
  return runCli(['send', 'a.txt', '--to', `127.0.0.1:${port}`, '--timeout', '1'], { cwd: from });
}

describe('netlab send: every wait is bounded by --timeout', () => {
  test('an ack dripped one byte at a time does not keep the sender waiting', async () => {
    const port = await fakeReceiver((socket, ack) => {
      let index = 0;
      const drip = setInterval(() => {
        if (index >= ack.length || socket.destroyed) clearInterval(drip);
        else socket.write(ack.subarray(index, ++index));
      }, 200);
      socket.once('close', () => clearInterval(drip));
    });
    const sent = await sendHello(port);
    expect(sent.code).toBe(1);
    expect(sent.stderr).toContain('did not read or answer for 1 s');
  }, 15_000);

  test('a receiver that acks and never hangs up is cut off after the timeout', async () => {
    const port = await fakeReceiver((socket, ack) => socket.write(ack));
    const sent = await sendHello(port);
    expect(sent.code).toBe(0);
  }, 15_000);
});
