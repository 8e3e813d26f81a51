import { open, stat } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { endianness } from 'node:os';

/** The course's sender reads and sends the file 2048 bytes at a time (`f.read(2048)`). */
export const SEED_CHUNK_BYTES = 2048;

/** How much of the file one read from disk takes: 1 MiB, so the sender runs ahead as in Python. */
const READ_BUFFER_BYTES = 1024 * 1024;

/** One write of the course's sender, as it happened. */
export interface SeedSend {
  /** What the write was in the course's code. */
  readonly what: 'size' | 'length' | 'data';
  readonly bytes: Buffer;
  /** Where it starts in the byte stream. */
  readonly offset: number;
}

/** `struct.pack('i', n)`: a signed 32-bit integer in this machine's own byte order. */
export function packNativeInt(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  if (endianness() === 'LE') bytes.writeInt32LE(value, 0);
  else bytes.writeInt32BE(value, 0);
  return bytes;
}

/** `struct.unpack('i', b)[0]`: the inverse of packNativeInt. */
export function unpackNativeInt(bytes: Buffer): number {
  return endianness() === 'LE' ? bytes.readInt32LE(0) : bytes.readInt32BE(0);
}

/** Writes like Python's blocking `send`: returns once the socket can take more. */
async function send(socket: Socket, bytes: Buffer): Promise<void> {
  if (socket.destroyed) throw new Error('the connection is closed');
  if (bytes.length === 0 || socket.write(bytes)) return;
  if (socket.destroyed) throw new Error('the connection is closed');
  await new Promise<void>((resolve, reject) => {
    const done = (): void => {
      socket.off('drain', done);
      socket.off('close', closed);
      resolve();
    };
    const closed = (): void => {
      socket.off('drain', done);
      reject(new Error('the connection closed while sending'));
    };
    socket.once('drain', done);
    socket.once('close', closed);
  });
}

/**
 * Plays the course's file server as written: the size as decimal text with no length before
 * it, then for every 2048-byte read a 4-byte native-order length and the data, and at the end of
 * the file a zero length, an empty send and another zero length. Reports every write before it is
 * made, so a reader can tell where each frame really starts.
 */
export async function sendLikeSeed(
  socket: Socket,
  path: string,
  onSend: (send: SeedSend) => void,
): Promise<void> {
  let offset = 0;
  const emit = async (what: SeedSend['what'], bytes: Buffer): Promise<void> => {
    onSend({ what, bytes, offset });
    offset += bytes.length;
    await send(socket, bytes);
  };
  // size = str(os.path.getsize(path_name)) ... sk_cl.send(size.encode('utf-8')): no length.
  const { size } = await stat(path);
  await emit('size', Buffer.from(String(size), 'utf8'));
  // with open(path_name, 'rb') as f: the file is opened only after the size went out.
  const handle = await open(path, 'r');
  try {
    // f.read(2048) is a buffered read: Python fills a buffer from the file and hands out 2048
    // bytes at a time, so the loop sends as fast as the socket takes it.
    const buffer = Buffer.alloc(READ_BUFFER_BYTES);
    let filled = 0;
    let used = 0;
    for (;;) {
      if (used === filled) {
        filled = (await handle.read(buffer, 0, READ_BUFFER_BYTES, null)).bytesRead;
        used = 0;
      }
      const data = Buffer.from(buffer.subarray(used, Math.min(used + SEED_CHUNK_BYTES, filled)));
      used += data.length;
      await emit('length', packNativeInt(data.length));
      await emit('data', data);
      if (data.length === 0) {
        await emit('length', packNativeInt(0));
        break;
      }
    }
  } finally {
    await handle.close();
  }
}
