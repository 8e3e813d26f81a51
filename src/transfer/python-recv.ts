import type { Socket } from 'node:net';
import { connectTcp } from '../net/connect-tcp.js';

/** Says how many bytes the recv after this one will ask for, given what this one returned. */
export type NextRecv = (got: Buffer) => number;

/**
 * The largest buffer one read gets. A read returns at most what the system holds for the socket
 * (a few MiB on Linux loopback), so for any larger recv(n) this buffer gives the same answer as
 * Python's, without letting a length from the peer set aside gigabytes.
 */
const MAX_READ_BYTES = 8 * 1024 * 1024;

/** Where the course's receiver connects. */
export interface PythonRecvOptions {
  readonly host: string;
  readonly port: number;
  /** The n of the first recv(n). */
  readonly firstSize: number;
  /** A connection silent this long is destroyed, and the pending recv fails. */
  readonly idleTimeoutMs: number;
  /** What to try, by error code (e.g. ECONNREFUSED), instead of the standard hints. */
  readonly hints?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/**
 * A TCP client whose reads work like Python's `sock.recv(n)`, for replaying the course's code
 * faithfully: each recv(n) is one read from the system of at most n bytes, so it returns
 * whatever had arrived — possibly fewer than n bytes, which is the whole lesson — and an empty
 * buffer once the peer has closed. Nothing is read ahead of the calls.
 *
 * Node allocates the buffer for a read right after the previous read, before the program runs
 * again, so each call says how much the next one will ask for (`next`), and the first size is
 * given when connecting.
 */
export class PythonRecv {
  #socket: Socket | undefined;
  /** The size of the buffer Node will read into next. */
  #prepared: number;
  #next: NextRecv | undefined;
  #got: Buffer | undefined;
  #ended = false;
  #failure: Error | undefined;
  #wake: (() => void) | undefined;

  private constructor(firstSize: number) {
    this.#prepared = firstSize;
  }

  /** Connects; fails with one clear line when nobody listens or answers. */
  static async connect(options: PythonRecvOptions): Promise<PythonRecv> {
    const reader = new PythonRecv(options.firstSize);
    const socket = await connectTcp({
      host: options.host,
      port: options.port,
      idleTimeoutMs: options.idleTimeoutMs,
      onread: {
        buffer: () => Buffer.allocUnsafe(Math.min(reader.#prepared, MAX_READ_BYTES)),
        callback: (length, buffer) => reader.#onRead(Buffer.from(buffer.subarray(0, length))),
      },
      ...(options.hints === undefined ? {} : { hints: options.hints }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    reader.#socket = socket;
    socket.on('end', () => reader.#finish());
    socket.on('close', () => reader.#finish());
    socket.on('error', (error) => {
      reader.#failure = error;
      reader.#notify();
    });
    return reader;
  }

  /** The connection. */
  get socket(): Socket {
    if (this.#socket === undefined) throw new Error('PythonRecv is not connected yet');
    return this.#socket;
  }

  /** Resolves with 1 to `n` bytes once any have arrived, or an empty buffer at the end. */
  async recv(n: number, next?: NextRecv): Promise<Buffer> {
    if (n !== this.#prepared) {
      throw new RangeError(`recv(${n}) was announced as recv(${this.#prepared})`);
    }
    this.#next = next;
    const woken = new Promise<void>((resolve) => {
      this.#wake = resolve;
    });
    if (this.#failure === undefined && !this.#ended) {
      this.socket.resume();
      await woken;
    }
    const got = this.#got;
    this.#got = undefined;
    if (got !== undefined) return got;
    if (this.#failure !== undefined) throw this.#failure;
    return Buffer.alloc(0);
  }

  /** Keeps one read for the pending recv and stops reading until the next one. */
  #onRead(got: Buffer): false {
    this.#got = got;
    if (this.#next !== undefined) this.#prepared = Math.max(this.#next(got), 1);
    this.#notify();
    return false;
  }

  #finish(): void {
    this.#ended = true;
    this.#notify();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
