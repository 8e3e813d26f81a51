import type { Socket } from 'node:net';
import { connectTcp } from '../net/connect-tcp.js';
import { FrameTooLargeError } from '../net/frame-too-large-error.js';
import { LengthPrefixDecoder } from '../net/length-prefix-decoder.js';
import { endpoint } from '../net/socket-error.js';
import { InterruptedError } from '../net/wait-for-event.js';
import { errorFrame } from './encode-transfer-frame.js';
import { escapeText } from './escape-text.js';
import { frameEvent, frameStart } from './frame-event.js';
import { parseTransferFrame } from './parse-transfer-frame.js';
import { TransferError } from './transfer-error.js';
import type { TransferListener } from './transfer-event.js';
import type { FileAck } from './transfer-message.js';
import { FrameType, MAX_JSON_BYTES } from './wire-format.js';

/** How long a sender that gave up waits for the receiver to close: 2 s. */
const GIVE_UP_GRACE_MS = 2000;

/** Where to connect and how long to wait. */
export interface SenderConnectionOptions {
  readonly host: string;
  readonly port: number;
  readonly timeoutMs: number;
  readonly onEvent: TransferListener;
  readonly signal?: AbortSignal;
  readonly traceFrames?: boolean;
  /** What to try, by error code (e.g. ECONNREFUSED), instead of starting `netlab receive`. */
  readonly hints?: Readonly<Record<string, string>>;
}

/**
 * The sender's side of one connection: writes frames with backpressure and reads the receiver's
 * acks and error frames. Any failure (an error frame, a reset, the idle timeout, an abort) is
 * kept and makes every pending wait reject with it. The idle timeout counts while the sender waits
 * on the receiver (to drain a full buffer, or for an ack) and restarts at every sign of progress;
 * the socket's own timeout would not do: Node lets it pass once while a write is queued, which
 * doubles it.
 */
export class SenderConnection {
  readonly #socket: Socket;
  readonly #options: SenderConnectionOptions;
  readonly #target: string;
  readonly #decoder = new LengthPrefixDecoder({ maxFrameLength: MAX_JSON_BYTES + 1 });
  readonly #acks: FileAck[] = [];
  readonly #closed: Promise<void>;
  #failure: TransferError | undefined;
  #wake: (() => void) | undefined;
  #givingUp = false;

  private constructor(socket: Socket, options: SenderConnectionOptions) {
    this.#socket = socket;
    this.#options = options;
    this.#target = endpoint(options.host, options.port);
    this.#closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('end', () => this.#onEnd());
    socket.on('error', (error: NodeJS.ErrnoException) =>
      this.#failWith(
        new TransferError(
          'send-connection-broke',
          { target: this.#target, why: error.code ?? error.message },
          { cause: error },
        ),
      ),
    );
    socket.on('close', () => this.#notify());
    socket.on('drain', () => this.#notify());
  }

  /** Connects, failing with a message that says what to try when nobody answers. */
  static async open(options: SenderConnectionOptions): Promise<SenderConnection> {
    const target = endpoint(options.host, options.port);
    let socket: Socket;
    try {
      socket = await connectTcp({
        host: options.host,
        port: options.port,
        timeoutMs: options.timeoutMs,
        idleTimeoutMs: 0,
        noDelay: true,
        hints: options.hints ?? {
          ECONNREFUSED: `start the receiver first with "netlab receive --port ${options.port}"`,
        },
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
    } catch (error) {
      if (error instanceof InterruptedError) {
        throw new TransferError('connect-interrupted', { target });
      }
      const why = error instanceof Error ? error.message : String(error);
      throw new TransferError('connect-failed', { why }, { cause: error });
    }
    const connection = new SenderConnection(socket, options);
    options.signal?.addEventListener('abort', () => connection.abort(), { once: true });
    options.onEvent({ event: 'connect', side: 'sender', peer: target });
    return connection;
  }

  /** "host:port" of the receiver. */
  get target(): string {
    return this.#target;
  }

  /** Writes frame bytes; resolves at once, or when the socket has drained if its buffer is full. */
  async write(...parts: Buffer[]): Promise<void> {
    this.#throwIfFailed();
    const socket = this.#socket;
    if (this.#options.traceFrames) this.#traceParts(parts);
    socket.cork();
    let room = true;
    for (const part of parts) room = socket.write(part);
    socket.uncork();
    if (!room) await this.#waitFor(() => !socket.writableNeedDrain);
  }

  /** Waits for the receiver's ack of the file just sent. */
  async nextAck(): Promise<FileAck> {
    await this.#waitFor(() => this.#acks.length > 0);
    return this.#acks.shift() as FileAck;
  }

  /** Tells the receiver with an error frame that the sender gives up, then closes. */
  giveUp(error: TransferError): void {
    if (this.#failure !== undefined) return;
    this.#failure = error;
    this.#givingUp = true;
    const socket = this.#socket;
    const frame = errorFrame({ code: error.wireCode, message: error.message });
    if (this.#options.traceFrames) this.#trace('send', frame);
    // The receiver closes when it reads the error frame; a receiver that does not is cut off.
    socket.end(frame);
    const timer = setTimeout(() => socket.destroy(), GIVE_UP_GRACE_MS);
    socket.once('close', () => clearTimeout(timer));
  }

  /** Closes after everything written has gone out, and waits until the receiver has closed too. */
  async close(): Promise<void> {
    this.#throwIfFailed();
    const socket = this.#socket;
    socket.end();
    // Every file was acknowledged: a receiver slow to hang up is cut off after the timeout.
    const timer = setTimeout(() => socket.destroy(), this.#options.timeoutMs);
    await this.#closed;
    clearTimeout(timer);
    this.#throwIfFailed();
  }

  /** Stops at once (Ctrl-C). */
  abort(): void {
    this.#failWith(new TransferError('send-interrupted', { target: this.#target }));
  }

  /** Closes the socket at once, for cleanup after a failure (not while giving up politely). */
  destroy(): void {
    if (!this.#givingUp) this.#socket.destroy();
  }

  #onData(chunk: Buffer): void {
    if (this.#failure !== undefined) return;
    try {
      for (const frame of this.#decoder.push(chunk)) {
        if (this.#options.traceFrames) this.#trace('recv', frameStart(frame));
        const message = parseTransferFrame(frame);
        if (message.kind === 'ack') this.#acks.push(message);
        else if (message.kind === 'error') {
          this.#failWith(
            new TransferError('receiver-refused', {
              target: this.#target,
              reason: escapeText(message.message, 300),
              peerCode: escapeText(message.code, 40),
            }),
          );
        } else {
          throw new TransferError('sender-frame-from-peer', {
            target: this.#target,
            kind: message.kind,
          });
        }
      }
    } catch (error) {
      if (error instanceof FrameTooLargeError) {
        this.#failWith(
          new TransferError('answer-too-large', {
            target: this.#target,
            length: error.length,
            max: MAX_JSON_BYTES + 1,
          }),
        );
      } else {
        this.#failWith(
          error instanceof TransferError
            ? error
            : new TransferError('unreadable-answer', { why: String(error) }),
        );
      }
      return;
    }
    this.#notify();
  }

  #onEnd(): void {
    if (this.#failure === undefined && this.#socket.writable) {
      this.#failWith(new TransferError('receiver-closed-early', { target: this.#target }));
    }
  }

  #failWith(error: TransferError): void {
    if (this.#failure !== undefined) return;
    this.#failure = error;
    this.#socket.destroy();
    this.#notify();
  }

  /**
   * Resolves when `ready()` holds, re-checking on every socket event; rejects on failure, or when
   * it does not hold within the timeout (events that do not make it hold, such as an ack that
   * arrives a byte at a time, do not extend the wait).
   */
  async #waitFor(ready: () => boolean): Promise<void> {
    const socket = this.#socket;
    const timer = setTimeout(() => this.#failWith(this.#idleError()), this.#options.timeoutMs);
    try {
      while (!ready()) {
        this.#throwIfFailed();
        if (socket.destroyed) {
          throw new TransferError('connection-closed-early', { target: this.#target });
        }
        await new Promise<void>((resolve) => {
          this.#wake = resolve;
        });
      }
    } finally {
      clearTimeout(timer);
    }
    this.#throwIfFailed();
  }

  #idleError(): TransferError {
    return new TransferError('receiver-stalled', {
      target: this.#target,
      seconds: this.#options.timeoutMs / 1000,
    });
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  #throwIfFailed(): void {
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** Traces each frame in `parts`: a frame starts with a 4-byte prefix; data frames are two parts. */
  #traceParts(parts: readonly Buffer[]): void {
    for (let index = 0; index < parts.length; index += 1) {
      const part = parts[index] as Buffer;
      const dataPrefix = part.length === 5 && part[4] === FrameType.data;
      const next = dataPrefix ? (parts[index + 1] ?? Buffer.alloc(0)) : Buffer.alloc(0);
      this.#trace('send', Buffer.concat([part.subarray(0, 256), next.subarray(0, 256)]));
      if (dataPrefix) index += 1;
    }
  }

  #trace(direction: 'send' | 'recv', start: Buffer): void {
    const event = frameEvent('sender', direction, start);
    if (event !== undefined) this.#options.onEvent(event);
  }
}
