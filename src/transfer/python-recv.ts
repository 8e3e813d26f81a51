import { connect, type Socket } from 'node:net';

/** Says how many bytes the recv after this one will ask for, given what this one returned. */
export type NextRecv = (got: Buffer) => number;

/**
 * A TCP client whose reads work like Python's `sock.recv(n)`, for replaying the course's code
 * faithfully: each recv(n) is one read from the system of at most n bytes, so it returns
 * whatever had arrived — possibly fewer than n bytes, which is the whole lesson — and an empty
 * buffer once the peer has closed. Nothing is read ahead of the calls.
 *
 * Node allocates the buffer for a read right after the previous read, before the program runs
 * again, so each call says how much the next one will ask for (`next`), and the first size is
 * given to the constructor.
 */
export class PythonRecv {
  /** The connection; wait for its 'connect' event before the first recv. */
  readonly socket: Socket;
  /** The size of the buffer Node will read into next. */
  #prepared: number;
  #next: NextRecv | undefined;
  #got: Buffer | undefined;
  #ended = false;
  #failure: Error | undefined;
  #wake: (() => void) | undefined;

  constructor(host: string, port: number, firstSize: number) {
    this.#prepared = firstSize;
    this.socket = connect({
      host,
      port,
      onread: {
        buffer: () => Buffer.allocUnsafe(this.#prepared),
        callback: (length, buffer) => {
          const got = Buffer.from(buffer.subarray(0, length));
          this.#got = got;
          if (this.#next !== undefined) this.#prepared = Math.max(this.#next(got), 1);
          this.#notify();
          // Stop reading until the next recv.
          return false;
        },
      },
    });
    this.socket.pause();
    this.socket.on('end', () => this.#finish());
    this.socket.on('close', () => this.#finish());
    this.socket.on('error', (error) => {
      this.#failure = error;
      this.#notify();
    });
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
