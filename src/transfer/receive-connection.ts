import type { Socket } from 'node:net';
import { FrameTooLargeError } from '../net/frame-too-large-error.js';
import { LengthPrefixDecoder } from '../net/length-prefix-decoder.js';
import { endpoint } from '../net/socket-error.js';
import { fileNameProblem } from './check-file-name.js';
import { describeLengthPrefix } from './describe-length-prefix.js';
import { ackFrame, errorFrame } from './encode-transfer-frame.js';
import { escapeText, quoteName } from './escape-text.js';
import { formatBytes } from './format-units.js';
import { frameEvent, frameStart } from './frame-event.js';
import { parseTransferFrame } from './parse-transfer-frame.js';
import { PartFile } from './part-file.js';
import { TransferError } from './transfer-error.js';
import type { TransferListener } from './transfer-event.js';
import type { FileHeader, TransferMessage } from './transfer-message.js';
import { MAX_FRAME_BYTES, MAX_JSON_BYTES } from './wire-format.js';

/** How long a receiver that sent an error frame waits for the sender to hang up: 2 s. */
const ERROR_GRACE_MS = 2000;

/**
 * The slowest average a transfer may have, in bytes a second: 64 KiB/s. With one --timeout of
 * slack it sets each file's deadline, so a peer that sends a byte per idle period is still cut.
 */
const MIN_BYTES_PER_SECOND = 64 * 1024;

/** How one receiving connection behaves. */
export interface ReceiveOptions {
  /** The folder files are saved into (it must exist). */
  readonly dir: string;
  /** Replace files that already exist. */
  readonly force: boolean;
  /** Give up on a sender that sends nothing for this long. */
  readonly timeoutMs: number;
  readonly onEvent: TransferListener;
  /** Aborting it ends the connection; a file in progress is discarded. */
  readonly signal?: AbortSignal;
  /** Milliseconds from any origin; defaults to performance.now(). */
  readonly now?: () => number;
  /** Also report every frame (for the demo's narration). */
  readonly traceFrames?: boolean;
}

/** How a receiving connection ended. */
export interface ReceiveOutcome {
  readonly peer: string;
  /** Files saved and acknowledged. */
  readonly saved: number;
  /** Why it ended early, if it did. */
  readonly failure?: TransferError;
}

/** The file being received. */
interface Incoming {
  readonly header: FileHeader;
  readonly part: PartFile;
  readonly started: number;
}

/** One connection's state machine: header, data, end, ack; any error ends the connection. */
class ReceiveSession {
  readonly #socket: Socket;
  readonly #options: ReceiveOptions;
  readonly #now: () => number;
  readonly #peer: string;
  readonly #decoder = new LengthPrefixDecoder({ maxFrameLength: MAX_FRAME_BYTES });
  #file: Incoming | undefined;
  #saved = 0;
  #failure: TransferError | undefined;
  #cleanup: Promise<void> = Promise.resolve();
  /** Chunks and the end of the stream are handled one after another, in arrival order. */
  #work: Promise<void> = Promise.resolve();
  #grace: NodeJS.Timeout | undefined;
  #deadline: NodeJS.Timeout | undefined;
  /** True while a verified file is flushed and renamed: an interruption then waits for it. */
  #saving = false;

  constructor(socket: Socket, options: ReceiveOptions) {
    this.#socket = socket;
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
    this.#peer = endpoint(socket.remoteAddress ?? '?', socket.remotePort ?? 0);
  }

  run(): Promise<ReceiveOutcome> {
    const socket = this.#socket;
    const interrupt = (): void =>
      this.#fail(
        new TransferError('receive-interrupted', {
          peer: this.#peer,
          progress: this.#progressNote(),
        }),
      );
    // A file being given its final name is saved first, so the report matches the disk.
    const onAbort = (): void => {
      if (this.#saving) this.#work = this.#work.then(interrupt);
      else interrupt();
    };
    return new Promise((resolve) => {
      socket.setTimeout(this.#options.timeoutMs, () => this.#fail(this.#idleError()));
      this.#armDeadline(MAX_JSON_BYTES);
      socket.on('data', (chunk: Buffer) => this.#onData(chunk));
      socket.on('end', () => {
        this.#work = this.#work.then(() => this.#onEnd());
      });
      socket.on('error', (error) => this.#fail(this.#resetError(error), false));
      socket.once('close', () => {
        clearTimeout(this.#grace);
        clearTimeout(this.#deadline);
        this.#options.signal?.removeEventListener('abort', onAbort);
        // Frames still being handled finish first; a file they leave open is discarded.
        void this.#work
          .then(() => {
            if (this.#file !== undefined) {
              this.#fail(
                new TransferError('connection-from-closed', {
                  peer: this.#peer,
                  progress: this.#progressNote(),
                }),
                false,
              );
            }
            return this.#cleanup;
          })
          .then(() => {
            this.#options.onEvent({
              event: 'close',
              side: 'receiver',
              peer: this.#peer,
              files: this.#saved,
            });
            resolve({
              peer: this.#peer,
              saved: this.#saved,
              ...(this.#failure ? { failure: this.#failure } : {}),
            });
          });
      });
      if (this.#options.signal?.aborted) onAbort();
      else this.#options.signal?.addEventListener('abort', onAbort, { once: true });
      this.#options.onEvent({ event: 'connect', side: 'receiver', peer: this.#peer });
    });
  }

  #onData(chunk: Buffer): void {
    if (this.#failure !== undefined) return;
    this.#socket.pause();
    this.#work = this.#work
      .then(() => this.#handleChunk(chunk))
      .then(
        () => {
          if (this.#failure === undefined) this.#socket.resume();
        },
        (error: unknown) => this.#fail(asTransferError(error)),
      );
  }

  async #handleChunk(chunk: Buffer): Promise<void> {
    if (this.#failure !== undefined) return;
    let frames: Buffer[];
    try {
      frames = this.#decoder.push(chunk);
    } catch (error) {
      if (error instanceof FrameTooLargeError) throw this.#tooLargeError(error);
      throw error;
    }
    for (const frame of frames) {
      if (this.#failure !== undefined) return;
      if (this.#options.traceFrames) this.#trace('recv', frame);
      await this.#handle(parseTransferFrame(frame));
    }
  }

  async #handle(message: TransferMessage): Promise<void> {
    switch (message.kind) {
      case 'header':
        return this.#start(message);
      case 'data': {
        const file = this.#expectFile('a data frame');
        if (file.part.bytes + message.payload.length > file.header.size) {
          throw new TransferError('more-than-announced', {
            size: file.header.size,
            name: quoteName(file.header.name),
          });
        }
        const room = file.part.write(message.payload);
        this.#options.onEvent({
          event: 'progress',
          side: 'receiver',
          name: file.header.name,
          bytes: file.part.bytes,
          size: file.header.size,
        });
        if (!room) await file.part.drained();
        return;
      }
      case 'end':
        return this.#finish(this.#expectFile('an end frame'), message.sha256);
      case 'error':
        throw new TransferError('sender-gave-up', {
          progress: this.#progressNote(),
          reason: escapeText(message.message, 300),
        });
      case 'ack':
        throw new TransferError('ack-from-sender');
    }
  }

  async #start(header: FileHeader): Promise<void> {
    if (this.#file !== undefined) {
      throw new TransferError('header-before-end', {
        next: quoteName(header.name),
        current: quoteName(this.#file.header.name),
      });
    }
    const problem = fileNameProblem(header.name);
    if (problem !== undefined) {
      throw new TransferError('refused-file-name', { name: quoteName(header.name), problem });
    }
    const part = await PartFile.create({
      dir: this.#options.dir,
      name: header.name,
      force: this.#options.force,
    });
    this.#file = { header, part, started: this.#now() };
    this.#armDeadline(header.size);
    this.#options.onEvent({
      event: 'file-start',
      side: 'receiver',
      name: header.name,
      size: header.size,
    });
  }

  async #finish(file: Incoming, sha256: Buffer): Promise<void> {
    this.#saving = true;
    let digest: string;
    try {
      digest = await file.part.commit({ size: file.header.size, sha256 });
    } finally {
      this.#saving = false;
    }
    this.#file = undefined;
    this.#saved += 1;
    this.#armDeadline(MAX_JSON_BYTES);
    this.#options.onEvent({
      event: 'file-done',
      side: 'receiver',
      name: file.header.name,
      size: file.header.size,
      sha256: digest,
      seconds: (this.#now() - file.started) / 1000,
      path: file.part.path,
    });
    const ack = ackFrame({ name: file.header.name, size: file.header.size, sha256: digest });
    if (this.#options.traceFrames) this.#trace('send', ack.subarray(4));
    this.#socket.write(ack);
  }

  #expectFile(what: string): Incoming {
    if (this.#file === undefined) {
      throw new TransferError('frame-before-header', { what });
    }
    return this.#file;
  }

  #onEnd(): void {
    if (this.#failure !== undefined) return;
    if (this.#file !== undefined) {
      this.#fail(new TransferError('sender-closed', { progress: this.#progressNote() }), false);
      return;
    }
    try {
      this.#decoder.end();
    } catch (error) {
      this.#fail(
        new TransferError('sender-closed-in-frame', { why: (error as Error).message }),
        false,
      );
    }
  }

  /**
   * Ends the connection because of `error`: reports it, removes the .part, and (when `reply`)
   * tells the sender with an error frame, then reads and drops what it still sends until it hangs
   * up or the grace period ends.
   */
  #fail(error: TransferError, reply = true): void {
    if (this.#failure !== undefined) return;
    this.#failure = error;
    clearTimeout(this.#deadline);
    const file = this.#file;
    this.#file = undefined;
    this.#options.onEvent({
      event: 'file-failed',
      side: 'receiver',
      ...(file ? { name: file.header.name } : {}),
      bytes: file?.part.bytes ?? 0,
      code: error.wireCode,
      message: error.message,
    });
    if (file !== undefined) this.#cleanup = file.part.discard();
    const socket = this.#socket;
    socket.setTimeout(0);
    if (!reply || socket.destroyed || !socket.writable) {
      socket.destroy();
      return;
    }
    const frame = errorFrame({ code: error.wireCode, message: error.message });
    if (this.#options.traceFrames) this.#trace('send', frame.subarray(4));
    socket.end(frame);
    socket.resume();
    this.#grace = setTimeout(() => socket.destroy(), ERROR_GRACE_MS);
  }

  /** Gives what comes next (`bytes` of it) one --timeout plus its time at the slowest rate. */
  #armDeadline(bytes: number): void {
    clearTimeout(this.#deadline);
    const ms = this.#options.timeoutMs + (bytes / MIN_BYTES_PER_SECOND) * 1000;
    this.#deadline = setTimeout(() => {
      this.#fail(
        new TransferError('sender-too-slow', {
          peer: this.#peer,
          seconds: Math.ceil(ms / 1000),
          rate: `${formatBytes(MIN_BYTES_PER_SECOND)}/s`,
          progress: this.#progressNote(),
        }),
      );
    }, ms);
  }

  #trace(direction: 'send' | 'recv', payload: Buffer): void {
    const event = frameEvent('receiver', direction, frameStart(payload));
    if (event !== undefined) this.#options.onEvent(event);
  }

  #progressNote(): string {
    const file = this.#file;
    if (file === undefined) return '';
    return ` after ${formatBytes(file.part.bytes)} of ${formatBytes(file.header.size)} of ${quoteName(file.header.name)}; nothing was saved`;
  }

  #idleError(): TransferError {
    const seconds = this.#options.timeoutMs / 1000;
    return new TransferError('sender-stalled', {
      peer: this.#peer,
      seconds,
      progress: this.#progressNote(),
    });
  }

  #resetError(error: Error): TransferError {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return new TransferError(
      'receive-connection-broke',
      { peer: this.#peer, errno: code, progress: this.#progressNote() },
      { cause: error },
    );
  }

  #tooLargeError(error: FrameTooLargeError): TransferError {
    return new TransferError('incoming-frame-too-large', {
      length: error.length,
      peer: this.#peer,
      limit: MAX_FRAME_BYTES,
      meaning: describeLengthPrefix(error.length),
    });
  }
}

function asTransferError(error: unknown): TransferError {
  if (error instanceof TransferError) return error;
  const why = error instanceof Error ? error.message : String(error);
  return new TransferError('receive-failed', { why }, { cause: error });
}

/**
 * Receives files on one accepted connection until the sender hangs up or something fails, saving
 * each verified file into `options.dir`. Never rejects: failures are in the outcome (and were
 * reported as events); the socket is closed when it resolves.
 */
export function receiveConnection(
  socket: Socket,
  options: ReceiveOptions,
): Promise<ReceiveOutcome> {
  return new ReceiveSession(socket, options).run();
}
