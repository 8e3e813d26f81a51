import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { LengthPrefixDecoder } from '../../src/net/length-prefix-decoder.js';
import { parseTransferFrame } from '../../src/transfer/parse-transfer-frame.js';
import {
  type ReceiverOptions,
  type RunningReceiver,
  startReceiver,
} from '../../src/transfer/start-receiver.js';
import type { TransferEvent } from '../../src/transfer/transfer-event.js';
import type { TransferMessage } from '../../src/transfer/transfer-message.js';

/** A fresh folder under the OS temp folder, removed when the test ends. */
export async function tempDir(prefix = 'netlab-transfer-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The names in a folder, sorted. */
export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** A receiver on 127.0.0.1 port 0 whose events are recorded; closed when the test ends. */
export interface TestReceiver extends RunningReceiver {
  readonly events: TransferEvent[];
}

/** Starts a receiver into `dir` (once, 5 s timeout unless overridden). */
export async function startTestReceiver(
  dir: string,
  overrides: Partial<ReceiverOptions> = {},
): Promise<TestReceiver> {
  const events: TransferEvent[] = [];
  const receiver = await startReceiver({
    host: '127.0.0.1',
    port: 0,
    dir,
    force: false,
    once: true,
    timeoutMs: 5000,
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  onTestFinished(async () => {
    receiver.close();
    await receiver.done;
  });
  return { ...receiver, events };
}

/** A hand-written peer: sends whatever bytes a test gives it and decodes what comes back. */
export interface RawPeer {
  readonly socket: Socket;
  /** Every message received until the other end closed. */
  readonly replies: Promise<TransferMessage[]>;
}

/** Connects a raw peer to 127.0.0.1:`port`; destroyed when the test ends. */
export async function connectRawPeer(port: number): Promise<RawPeer> {
  const socket = connect({ host: '127.0.0.1', port });
  onTestFinished(() => {
    socket.destroy();
  });
  await once(socket, 'connect');
  const decoder = new LengthPrefixDecoder();
  const messages: TransferMessage[] = [];
  socket.on('data', (chunk: Buffer) => {
    for (const frame of decoder.push(chunk)) messages.push(parseTransferFrame(Buffer.from(frame)));
  });
  socket.on('error', () => undefined);
  const replies = new Promise<TransferMessage[]>((resolve) => {
    socket.once('close', () => resolve(messages));
  });
  return { socket, replies };
}
