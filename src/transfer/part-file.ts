import { createHash, type Hash, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { type FileHandle, link, lstat, open, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { quoteName } from './escape-text.js';
import { TransferError } from './transfer-error.js';

/** Bytes the file stream may hold before `write` asks the caller to wait: 1 MiB. */
const WRITE_BUFFER_BYTES = 1024 * 1024;

/** Where a file is being received and whether it may replace an existing one. */
export interface PartFileOptions {
  readonly dir: string;
  /** A base name already checked with fileNameProblem(). */
  readonly name: string;
  readonly force: boolean;
}

/**
 * Final paths this process is receiving into right now: one writer per name, so a second sender
 * of the same name (even under --force) is refused rather than replacing the first one's .part.
 */
const writing = new Set<string>();

/** What the sender says the file is: the receiver's copy must match both. */
export interface ExpectedContent {
  readonly size: number;
  readonly sha256: Buffer;
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes((error as NodeJS.ErrnoException).code ?? '');
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false;
    throw error;
  }
}

/**
 * A file being received: written to NAME.part and hashed as it is written, then given its final
 * name only once its size and SHA-256 match what the sender announced. A discarded or failed
 * transfer leaves no file under the final name and removes its .part.
 */
export class PartFile {
  /** The file's final path. */
  readonly path: string;
  /** The path it is written to until verified. */
  readonly partPath: string;
  readonly #name: string;
  readonly #force: boolean;
  readonly #handle: FileHandle;
  readonly #stream: WriteStream;
  readonly #hash: Hash = createHash('sha256');
  #bytes = 0;
  #error: Error | undefined;
  #settled = false;

  private constructor(options: PartFileOptions, handle: FileHandle) {
    this.path = join(options.dir, options.name);
    this.partPath = `${this.path}.part`;
    this.#name = options.name;
    this.#force = options.force;
    this.#handle = handle;
    this.#stream = handle.createWriteStream({
      highWaterMark: WRITE_BUFFER_BYTES,
      autoClose: false,
    });
    this.#stream.on('error', (error) => {
      this.#error ??= error;
    });
  }

  /**
   * Creates NAME.part in `dir`, refusing when NAME exists (unless `force`) or when NAME.part
   * exists (another transfer is writing it, or one was killed; `force` replaces it).
   */
  static async create(options: PartFileOptions): Promise<PartFile> {
    const path = join(options.dir, options.name);
    const partPath = `${path}.part`;
    if (writing.has(path)) {
      throw new TransferError('name-being-received', { name: quoteName(options.name) });
    }
    writing.add(path);
    try {
      if (!options.force && (await exists(path))) {
        throw new TransferError('file-exists', { name: quoteName(options.name) });
      }
      // A stale .part is removed rather than opened, so a symlink planted there is never followed.
      if (options.force) await rm(partPath, { force: true });
      return new PartFile(options, await open(partPath, 'wx'));
    } catch (error) {
      writing.delete(path);
      if (error instanceof TransferError) throw error;
      if (isCode(error, 'EEXIST')) {
        throw new TransferError('part-file-exists', { name: quoteName(`${options.name}.part`) });
      }
      throw new TransferError(
        'part-create-failed',
        { name: quoteName(`${options.name}.part`), why: (error as Error).message },
        { cause: error },
      );
    }
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Hashes and writes the next bytes; false means wait for drained() before writing more. */
  write(chunk: Buffer): boolean {
    this.#throwIfFailed();
    this.#hash.update(chunk);
    this.#bytes += chunk.length;
    return this.#stream.write(chunk);
  }

  /** Resolves when the write buffer has room again; rejects if writing failed. */
  async drained(): Promise<void> {
    this.#throwIfFailed();
    if (!this.#stream.writableNeedDrain) return;
    try {
      await once(this.#stream, 'drain');
    } catch (error) {
      this.#error ??= error as Error;
    }
    this.#throwIfFailed();
  }

  /**
   * Checks size and SHA-256 against `expected`, flushes the file to disk and gives it its final
   * name. On a mismatch the .part is removed and a TransferError says what differed. Returns the
   * SHA-256 in hex.
   */
  async commit(expected: ExpectedContent): Promise<string> {
    const digest = this.#hash.digest();
    if (this.#bytes !== expected.size) {
      await this.discard();
      throw new TransferError('size-differs', { got: this.#bytes, size: expected.size });
    }
    if (!timingSafeEqual(digest, expected.sha256)) {
      await this.discard();
      throw new TransferError('checksum-mismatch', {
        got: digest.toString('hex').slice(0, 16),
        expected: expected.sha256.toString('hex').slice(0, 16),
      });
    }
    try {
      this.#stream.end();
      await once(this.#stream, 'finish');
      this.#throwIfFailed();
      await this.#handle.datasync();
      this.#settled = true;
      await this.#close();
      await this.#publish();
      writing.delete(this.path);
    } catch (error) {
      await this.discard();
      if (error instanceof TransferError) throw error;
      throw new TransferError(
        'save-failed',
        { name: quoteName(this.#name), why: (error as Error).message },
        { cause: error },
      );
    }
    return digest.toString('hex');
  }

  /** Stops writing and removes the .part; safe to call more than once. */
  async discard(): Promise<void> {
    if (!this.#settled) {
      this.#settled = true;
      await this.#close().catch(() => undefined);
    }
    await unlink(this.partPath).catch(() => undefined);
    writing.delete(this.path);
  }

  /** Closes the stream, then the file (a handle's stream holds it open until the stream closes). */
  async #close(): Promise<void> {
    if (!this.#stream.closed) {
      const closed = once(this.#stream, 'close');
      this.#stream.destroy();
      await closed;
    }
    await this.#handle.close();
  }

  /** Moves NAME.part to NAME: never over an existing file unless forced. */
  async #publish(): Promise<void> {
    if (this.#force) {
      await rename(this.partPath, this.path);
      return;
    }
    try {
      // link() fails with EEXIST instead of replacing, so a file that appeared meanwhile survives.
      await link(this.partPath, this.path);
      await unlink(this.partPath);
    } catch (error) {
      if (isCode(error, 'EEXIST')) {
        throw new TransferError('file-appeared', { name: quoteName(this.#name) });
      }
      if (!isCode(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS')) throw error;
      // File systems without hard links (FAT, some network shares): check, then rename.
      if (await exists(this.path)) {
        throw new TransferError('file-appeared', { name: quoteName(this.#name) });
      }
      await rename(this.partPath, this.path);
    }
  }

  #throwIfFailed(): void {
    if (this.#error !== undefined) {
      throw new TransferError(
        'part-write-failed',
        { name: quoteName(`${this.#name}.part`), why: this.#error.message },
        { cause: this.#error },
      );
    }
  }
}
