import { createHash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../core/errors.js';
import { SenderConnection } from './_sender-connection.js';
import { fileNameProblem } from './check-file-name.js';
import { dataFramePrefix, endFrame, headerFrame } from './encode-transfer-frame.js';
import { quoteName } from './escape-text.js';
import { formatBytes } from './format-units.js';
import { TransferError } from './transfer-error.js';
import type { TransferListener } from './transfer-event.js';
import type { FileAck } from './transfer-message.js';
import { DATA_CHUNK_BYTES } from './wire-format.js';

/** Where to send and how. */
export interface SendOptions {
  readonly host: string;
  readonly port: number;
  /** Give up on a receiver that reads and answers nothing for this long. */
  readonly timeoutMs: number;
  readonly onEvent: TransferListener;
  /** Aborting it stops the transfer; the receiver discards the file in progress. */
  readonly signal?: AbortSignal;
  /** Milliseconds from any origin; defaults to performance.now(). */
  readonly now?: () => number;
  /** Also report every frame (for the demo's narration). */
  readonly traceFrames?: boolean;
  /** What to try, by error code (e.g. ECONNREFUSED), instead of starting `netlab receive`. */
  readonly hints?: Readonly<Record<string, string>>;
}

/** A file ready to send: its open handle, the name the receiver gets and its size. */
interface Outgoing {
  readonly path: string;
  readonly name: string;
  readonly handle: FileHandle;
  readonly size: number;
}

/** Opens every file before connecting, so a typo fails at once with exit 2. */
async function openAll(paths: readonly string[]): Promise<Outgoing[]> {
  const files: Outgoing[] = [];
  try {
    for (const path of paths) files.push(await openOne(path));
  } catch (error) {
    await Promise.all(files.map((file) => file.handle.close()));
    throw error;
  }
  return files;
}

async function openOne(path: string): Promise<Outgoing> {
  // NFC, as the receiver requires: macOS file systems hand out decomposed (NFD) names.
  const name = basename(path).normalize('NFC');
  const problem = fileNameProblem(name);
  if (problem !== undefined) {
    throw new InputError('unsendable-name', { path: quoteName(path), problem });
  }
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : (error as Error).message;
    throw new InputError('unreadable-file', { path: quoteName(path), why });
  }
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    throw new InputError('not-a-file', { path: quoteName(path) });
  }
  return { path, name, handle, size: stat.size };
}

/** Bytes read from the file at a time: 1 MiB, cut into data frames. */
const READ_CHUNK_BYTES = 1024 * 1024;

/** The data frames that carry `chunk`: prefix and slice, alternately, ready for one writev. */
function dataFrames(chunk: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  for (let at = 0; at < chunk.length; at += DATA_CHUNK_BYTES) {
    const slice = chunk.subarray(at, at + DATA_CHUNK_BYTES);
    parts.push(dataFramePrefix(slice.length), slice);
  }
  return parts;
}

/** Sends one file: header, data frames hashed as they are read, end; waits for the ack. */
async function sendOne(
  file: Outgoing,
  connection: SenderConnection,
  options: SendOptions,
): Promise<FileAck> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  options.onEvent({ event: 'file-start', side: 'sender', name: file.name, size: file.size });
  await connection.write(headerFrame({ name: file.name, size: file.size }));
  const hash = createHash('sha256');
  let sent = 0;
  if (file.size > 0) {
    const stream = file.handle.createReadStream({
      start: 0,
      end: file.size - 1,
      highWaterMark: READ_CHUNK_BYTES,
      autoClose: false,
    });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      sent += chunk.length;
      await connection.write(...dataFrames(chunk));
      options.onEvent({
        event: 'progress',
        side: 'sender',
        name: file.name,
        bytes: sent,
        size: file.size,
      });
    }
  }
  if (sent !== file.size) {
    const error = new TransferError('file-shrank', {
      path: quoteName(file.path),
      sent: formatBytes(sent),
      size: formatBytes(file.size),
    });
    connection.giveUp(error);
    throw error;
  }
  const digest = hash.digest();
  await connection.write(endFrame(digest));
  const ack = await connection.nextAck();
  if (ack.name !== file.name || ack.size !== file.size || ack.sha256 !== digest.toString('hex')) {
    throw new TransferError('wrong-ack', {
      name: quoteName(ack.name),
      size: ack.size,
      sha256: ack.sha256.slice(0, 16),
    });
  }
  options.onEvent({
    event: 'file-done',
    side: 'sender',
    name: file.name,
    size: file.size,
    sha256: ack.sha256,
    seconds: (now() - started) / 1000,
  });
  return { name: ack.name, size: ack.size, sha256: ack.sha256 };
}

/**
 * Sends files over one connection, one after another, and resolves with the receiver's acks:
 * each file arrived whole and verified. Rejects with InputError (exit 2) for a file that cannot be
 * sent, or TransferError (exit 1) when the transfer fails; a failure is also reported as a
 * `file-failed` event.
 */
export async function sendFiles(
  paths: readonly string[],
  options: SendOptions,
): Promise<FileAck[]> {
  const files = await openAll(paths);
  let current: Outgoing | undefined;
  let sent = 0;
  let connection: SenderConnection | undefined;
  try {
    connection = await SenderConnection.open(options);
    const acks: FileAck[] = [];
    for (const file of files) {
      current = file;
      acks.push(
        await sendOne(file, connection, {
          ...options,
          onEvent: (event) => {
            if (event.event === 'progress') sent = event.bytes;
            options.onEvent(event);
          },
        }),
      );
      current = undefined;
      sent = 0;
    }
    await connection.close();
    return acks;
  } catch (error) {
    connection?.destroy();
    if (error instanceof TransferError) {
      options.onEvent({
        event: 'file-failed',
        side: 'sender',
        ...(current ? { name: current.name } : {}),
        bytes: sent,
        code: error.wireCode,
        message: error.message,
      });
    }
    throw error;
  } finally {
    await Promise.all(files.map((file) => file.handle.close()));
  }
}
