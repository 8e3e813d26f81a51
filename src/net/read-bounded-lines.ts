import type { Readable } from 'node:stream';

/** One line of input, or a line longer than the limit, of which only its length is kept. */
export type BoundedLine =
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'too-long'; readonly bytes: number };

const NEWLINE = 0x0a;

/** A finished line's text: UTF-8, without the "\r" of a CRLF ending. */
function lineText(bytes: Buffer): string {
  const end = bytes.at(-1) === 0x0d ? bytes.length - 1 : bytes.length;
  return bytes.toString('utf8', 0, end);
}

/**
 * Reads `input` line by line holding at most `maxBytes` of one line: a longer line is dropped as
 * it arrives and reported once, with its length, when its newline (or the end of input) comes.
 * Memory stays bounded whatever the input, and reading waits while the caller handles a line.
 * When `signal` aborts, `input` is destroyed: reading ends there, as it does when the loop breaks.
 * @example for await (const line of readBoundedLines(process.stdin, 65_507)) console.log(line)
 */
export async function* readBoundedLines(
  input: Readable,
  maxBytes: number,
  options: { readonly signal?: AbortSignal } = {},
): AsyncGenerator<BoundedLine> {
  // A pending read cannot be cancelled otherwise, and it would keep the process alive.
  const stop = (): void => {
    input.destroy();
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    yield* splitLines(input, maxBytes);
  } finally {
    options.signal?.removeEventListener('abort', stop);
  }
}

async function* splitLines(input: Readable, maxBytes: number): AsyncGenerator<BoundedLine> {
  let held: Buffer[] = [];
  let heldBytes = 0;
  let dropped = 0;
  const finish = (): BoundedLine => {
    const line: BoundedLine =
      dropped > 0
        ? { kind: 'too-long', bytes: dropped }
        : { kind: 'line', text: lineText(Buffer.concat(held)) };
    held = [];
    heldBytes = 0;
    dropped = 0;
    return line;
  };
  const keep = (piece: Buffer): void => {
    if (dropped > 0 || heldBytes + piece.length > maxBytes) {
      dropped += heldBytes + piece.length;
      held = [];
      heldBytes = 0;
      return;
    }
    held.push(piece);
    heldBytes += piece.length;
  };
  for await (const chunk of input) {
    let data: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    for (let newline = data.indexOf(NEWLINE); newline !== -1; newline = data.indexOf(NEWLINE)) {
      keep(data.subarray(0, newline));
      yield finish();
      data = data.subarray(newline + 1);
    }
    // Copy what stays held, so a small piece does not pin the whole chunk in memory.
    if (data.length > 0) keep(dropped > 0 ? data : Buffer.from(data));
  }
  if (heldBytes > 0 || dropped > 0) yield finish();
}
