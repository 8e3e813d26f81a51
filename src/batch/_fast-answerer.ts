import { StringDecoder } from 'node:string_decoder';
import { ByteOutput } from './_byte-output.js';
import {
  type AnswerForm,
  type Answers,
  answer,
  type BatchHandler,
  type ChunkAnswerer,
  type InputLine,
  LineSplitter,
} from './run-batch.js';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * A fast path for one line, `bytes[start..end)` without its line ending. It either writes the
 * whole answer (with its newline) to `out` and returns true, or writes nothing and returns false,
 * and the careful path answers the line instead. It must only accept a line whose answer it
 * knows to be byte for byte the careful one.
 */
export type FastLine = (bytes: Uint8Array, start: number, end: number, out: ByteOutput) => boolean;

/**
 * Answers stdin chunks the way `runBatch`'s careful answerer does, trying `fast` on each whole
 * line first. Lines are found in the raw bytes; a line the fast path refuses, the line that
 * straddles two chunks, and the last line go through the careful `answer` with the same line
 * splitter, so skipping, overlong lines, line numbers and error records stay the careful ones.
 * The answers of a chunk come out as one piece of bytes (pieces alternate only when errors go
 * to stderr), in input order.
 */
export function fastAnswerer<R>(
  fast: FastLine,
  handler: BatchHandler<R>,
  form: AnswerForm,
): ChunkAnswerer {
  const splitter = new LineSplitter();
  const decoder = new StringDecoder('utf8');
  const out = new ByteOutput();
  let lineCount = 0;
  // The splitter holds the start of a line that the next chunk finishes.
  let holdsPartialLine = false;

  const flushBytes = (answers: Answers): void => {
    const bytes = out.take();
    if (bytes !== null) answers.pieces.push({ stream: 'stdout', text: bytes });
  };
  /** Answers lines from the splitter carefully, numbered in the whole input. */
  const careful = (answers: Answers, lines: readonly InputLine[]): void => {
    for (const line of lines) {
      lineCount += 1;
      const own = answer([{ ...line, number: lineCount }], handler, form);
      answers.failed ||= own.failed;
      for (const piece of own.pieces) {
        if (piece.stream === 'stdout' && typeof piece.text === 'string') {
          out.text(piece.text);
          continue;
        }
        flushBytes(answers);
        answers.pieces.push(piece);
      }
    }
  };

  return {
    push(chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const answers: Answers = { pieces: [], failed: false };
      let start = 0;
      if (holdsPartialLine) {
        const newline = bytes.indexOf(NEWLINE);
        const end = newline === -1 ? bytes.length : newline + 1;
        careful(answers, splitter.push(decoder.write(bytes.subarray(0, end))));
        holdsPartialLine = newline === -1;
        start = end;
      }
      for (let newline = bytes.indexOf(NEWLINE, start); newline !== -1; ) {
        const end =
          newline > start && bytes[newline - 1] === CARRIAGE_RETURN ? newline - 1 : newline;
        if (fast(bytes, start, end, out)) lineCount += 1;
        else careful(answers, splitter.push(bytes.toString('utf8', start, newline + 1)));
        start = newline + 1;
        newline = bytes.indexOf(NEWLINE, start);
      }
      if (start < bytes.length) {
        careful(answers, splitter.push(decoder.write(bytes.subarray(start))));
        holdsPartialLine = true;
      }
      flushBytes(answers);
      return answers;
    },
    end() {
      const answers: Answers = { pieces: [], failed: false };
      careful(answers, splitter.push(decoder.end()));
      careful(answers, splitter.end());
      flushBytes(answers);
      return answers;
    },
  };
}
