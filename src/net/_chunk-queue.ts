/** Views any Uint8Array as a Buffer over the same memory, without copying. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/**
 * Bytes received but not yet handed out, kept as the list of chunks they arrived in. Taking bytes
 * copies each byte at most once (never when the bytes sit inside one chunk), so a stream costs
 * time linear in its length however it is chunked. Chunks are kept by reference: callers must not
 * change a chunk after pushing it.
 */
export class ChunkQueue {
  #chunks: (Buffer | undefined)[] = [];
  /** Index of the first chunk still holding bytes; slots before it are spent and emptied. */
  #first = 0;
  /** Bytes of the first chunk already taken. */
  #offset = 0;
  #length = 0;

  /** Bytes waiting in the queue. */
  get length(): number {
    return this.#length;
  }

  /** Appends a chunk (kept by reference). */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.#chunks.push(asBuffer(chunk));
    this.#length += chunk.length;
  }

  /** Reads a 4-byte big-endian unsigned integer at the front without consuming it. */
  peekUint32BE(): number {
    const head = this.#chunks[this.#first];
    if (head !== undefined && head.length - this.#offset >= 4)
      return head.readUInt32BE(this.#offset);
    let value = 0;
    let index = this.#first;
    let offset = this.#offset;
    for (let read = 0; read < 4; read += 1) {
      let chunk = this.#chunks[index];
      while (chunk !== undefined && offset >= chunk.length) {
        index += 1;
        offset = 0;
        chunk = this.#chunks[index];
      }
      if (chunk === undefined) throw new RangeError('peekUint32BE() needs 4 queued bytes');
      value = value * 256 + (chunk[offset] ?? 0);
      offset += 1;
    }
    return value;
  }

  /** Takes the next `count` bytes: a view when they sit in one chunk, otherwise one copy. */
  take(count: number): Buffer {
    if (count > this.#length) throw new RangeError(`take(${count}) with ${this.#length} queued`);
    const head = this.#chunks[this.#first];
    if (head !== undefined && head.length - this.#offset >= count) {
      const view = head.subarray(this.#offset, this.#offset + count);
      this.#advance(count);
      return view;
    }
    const out = Buffer.allocUnsafe(count);
    let filled = 0;
    while (filled < count) {
      const chunk = this.#chunks[this.#first] as Buffer;
      const n = Math.min(chunk.length - this.#offset, count - filled);
      out.set(n === chunk.length ? chunk : chunk.subarray(this.#offset, this.#offset + n), filled);
      filled += n;
      this.#advance(n);
    }
    return out;
  }

  /** Drops the next `count` bytes. */
  skip(count: number): void {
    let left = count;
    while (left > 0) {
      const chunk = this.#chunks[this.#first] as Buffer;
      const n = Math.min(chunk.length - this.#offset, left);
      this.#advance(n);
      left -= n;
    }
  }

  /** Moves past `count` bytes of the first chunk, dropping it once spent. */
  #advance(count: number): void {
    this.#offset += count;
    this.#length -= count;
    const head = this.#chunks[this.#first];
    if (head !== undefined && this.#offset === head.length) {
      // Let go of the spent chunk now: a slot kept until compaction would hold its memory.
      this.#chunks[this.#first] = undefined;
      this.#first += 1;
      this.#offset = 0;
      this.#compact();
    }
  }

  /** Releases spent chunks: all of them when the queue empties, else in amortised O(1) batches. */
  #compact(): void {
    if (this.#first === this.#chunks.length) {
      this.#chunks = [];
      this.#first = 0;
    } else if (this.#first >= 1024 && this.#first * 2 >= this.#chunks.length) {
      this.#chunks = this.#chunks.slice(this.#first);
      this.#first = 0;
    }
  }
}
