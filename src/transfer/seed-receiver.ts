import { open } from 'node:fs/promises';
import type { NextRecv, PythonRecv } from './python-recv.js';
import { unpackNativeInt } from './seed-sender.js';

/** The course reads the size with recv(1024); a PythonRecv for it starts with this size. */
export const SIZE_RECV_BYTES = 1024;

/** One `recv` call of the course's receiver and what it returned. */
export interface SeedRecv {
  /** Which line of the course's code made the call. */
  readonly what: 'size' | 'length' | 'data';
  /** The n in recv(n). */
  readonly asked: number;
  readonly got: Buffer;
  /** Where in the byte stream the returned bytes start. */
  readonly offset: number;
  /** For a length: the number struct.unpack('i') made of it. */
  readonly value?: number;
}

/** How the course's receiver ended. */
export type SeedOutcome =
  | {
      /** Python raised: the script stops with a traceback. */
      readonly kind: 'crashed';
      /** The exception line Python would print, e.g. "ValueError: negative buffersize in recv". */
      readonly exception: string;
      /** Bytes written to the output file before that. */
      readonly written: number;
    }
  | {
      /** The loop met a zero length and stopped; the file is whatever was written. */
      readonly kind: 'finished';
      readonly written: number;
      /** The size the receiver believed it would get. */
      readonly size: number;
    };

/** Where the first invalid UTF-8 sequence starts, or -1: what bytes.decode('utf-8') trips on. */
function firstInvalidUtf8(bytes: Buffer): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const extra =
      lead < 0x80
        ? 0
        : lead >= 0xc2 && lead <= 0xdf
          ? 1
          : lead >= 0xe0 && lead <= 0xef
            ? 2
            : lead >= 0xf0 && lead <= 0xf4
              ? 3
              : -1;
    if (extra < 0 || index + extra >= bytes.length) return index;
    for (let next = 1; next <= extra; next += 1) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    }
    index += extra + 1;
  }
  return -1;
}

/** Python's int(text) for base 10: optional spaces and sign, digits with single underscores. */
function pythonInt(text: string): number | undefined {
  const match = /^\s*([+-]?\d+(?:_\d+)*)\s*$/.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1].replaceAll('_', ''));
}

/** Python's repr() of a str, cut after 40 characters, enough for an error line. */
function pythonRepr(text: string): string {
  const named: Readonly<Record<string, string>> = {
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\\': '\\\\',
    "'": "\\'",
  };
  const body = Array.from(text.slice(0, 40), (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (named[char] !== undefined) return named[char];
    return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : char;
  }).join('');
  return `'${body}${text.length > 40 ? '…' : ''}'`;
}

/** size = int(sk.recv(1024).decode('utf-8')), with the exception Python would raise. */
function parseSize(bytes: Buffer): number | string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const byte = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
    return `UnicodeDecodeError: 'utf-8' codec can't decode byte 0x${byte} in position ${bad}`;
  }
  const text = bytes.toString('utf8');
  return (
    pythonInt(text) ?? `ValueError: invalid literal for int() with base 10: ${pythonRepr(text)}`
  );
}

/**
 * Plays the course's file client as written, on a real connection: `recv(1024)` for the size, then
 * `recv(4)` for a length and `recv(num)` for the data, trusting that each recv returns exactly
 * what it asked for. Writes what it gets to `outPath`, reports every call, and returns how it
 * ended — usually with the exception that stops the Python script.
 */
export async function receiveLikeSeed(
  reader: PythonRecv,
  outPath: string,
  onRecv: (recv: SeedRecv) => void,
): Promise<SeedOutcome> {
  const file = await open(outPath, 'w');
  let offset = 0;
  let written = 0;
  const recv = async (what: SeedRecv['what'], asked: number, next: NextRecv) => {
    const got = await reader.recv(asked, next);
    const value = what === 'length' && got.length === 4 ? { value: unpackNativeInt(got) } : {};
    onRecv({ what, asked, got, offset, ...value });
    offset += got.length;
    return got;
  };
  // What the code calls after each recv: recv(4) after the size and after data, recv(num) after
  // a length.
  const thenLength: NextRecv = () => 4;
  const thenData: NextRecv = (got) => (got.length === 4 ? unpackNativeInt(got) : 4);
  try {
    const size = parseSize(await recv('size', SIZE_RECV_BYTES, thenLength));
    if (typeof size === 'string') return { kind: 'crashed', exception: size, written };
    let received = 0;
    for (;;) {
      const pack = await recv('length', 4, thenData);
      if (pack.length !== 4) {
        return {
          kind: 'crashed',
          exception: 'struct.error: unpack requires a buffer of 4 bytes',
          written,
        };
      }
      const num = unpackNativeInt(pack);
      if (num === 0) return { kind: 'finished', written, size };
      if (num < 0)
        return { kind: 'crashed', exception: 'ValueError: negative buffersize in recv', written };
      const data = await recv('data', num, thenLength);
      await file.write(data);
      written += data.length;
      // num_size += num; processBar(num_size, size): rate = num / total
      received += num;
      if (size === 0 && received > 0) {
        return { kind: 'crashed', exception: 'ZeroDivisionError: division by zero', written };
      }
    }
  } finally {
    await file.close();
  }
}
