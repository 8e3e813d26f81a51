import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { type CommandContext, contextLang } from '../core/command-context.js';
import { type ErrorRecord, errorRecord } from '../core/error-record.js';
import { InputError, isNetlabError, NetlabError } from '../core/errors.js';
import type { ExitCode } from '../core/exit-code.js';
import type { Lang } from '../core/lang.js';
import { errorMessage } from '../text/error-message.js';

/** Longest line a batch reads. A longer one gets an error record and is skipped, never stored. */
export const MAX_LINE_LENGTH = 4096;

/** U+FEFF, the byte-order mark a Windows editor may put at the start of a file. */
const BOM = '\ufeff';

/** How much of an overlong line its error record repeats. */
const OVERLONG_ECHO = 64;

/** The error record written for a batch line that could not be answered. */
export interface BatchErrorRecord extends ErrorRecord {
  readonly line: number;
  readonly input: string;
}

/** What a text answer is rendered for: the line it answers and the language of its words. */
export interface TextLine {
  readonly input: string;
  readonly lang: Lang;
}

/** How one batch command answers a line: render for humans, or a JSON-able record. */
export interface BatchHandler<R> {
  /** Parses and computes one line; throws InputError for bad input. */
  readonly compute: (line: string) => R;
  readonly renderText: (result: R, line: TextLine) => string;
  readonly toJson: (result: R) => unknown;
}

/** One line of input, numbered from 1, without its line ending. */
export interface InputLine {
  readonly number: number;
  readonly text: string;
  /** Longer than MAX_LINE_LENGTH: `text` holds only its start. */
  readonly overlong: boolean;
}

/** Splits text chunks into lines, holding at most one partial line of bounded length. */
export class LineSplitter {
  #pending = '';
  #overlong = false;
  #count = 0;

  /** The lines a chunk completes; the unfinished tail is kept for the next chunk. */
  push(chunk: string): InputLine[] {
    const lines: InputLine[] = [];
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      this.#append(chunk.slice(start, end));
      lines.push(this.#take());
      start = end + 1;
    }
    this.#append(chunk.slice(start));
    return lines;
  }

  /** The last line, when the input did not end with a newline. */
  end(): InputLine[] {
    return this.#pending === '' && !this.#overlong ? [] : [this.#take()];
  }

  #append(piece: string): void {
    if (this.#overlong) return;
    this.#pending += piece;
    if (this.#pending.length > MAX_LINE_LENGTH) {
      this.#overlong = true;
      this.#pending = `${this.#pending.slice(0, OVERLONG_ECHO)}…`;
    }
  }

  #take(): InputLine {
    this.#count += 1;
    const ended = this.#pending.endsWith('\r') ? this.#pending.slice(0, -1) : this.#pending;
    // One rule for every --stdin mode: a byte-order mark opening a line is dropped (files joined
    // with cat each bring theirs); one anywhere else is part of the case and refused, escaped.
    const text = ended.startsWith(BOM) ? ended.slice(1) : ended;
    const line = { number: this.#count, text, overlong: this.#overlong };
    this.#pending = '';
    this.#overlong = false;
    return line;
  }
}

/** Refuses cases given as arguments too: with --stdin, every case comes from stdin. */
export function refuseArgumentsWithStdin(given: readonly string[]): void {
  if (given.length === 0) return;
  throw new InputError('stdin-with-arguments', { value: JSON.stringify(given.join(' ')) });
}

/**
 * The fields of a batch line: split on runs of spaces and tabs, ends trimmed of those alone, so
 * an invisible character (a BOM, a no-break space) stays in its field and is refused there.
 */
export function splitFields(line: string): string[] {
  return line.replace(/^[ \t]+|[ \t]+$/g, '').split(/[ \t]+/);
}

/** Blank lines and lines starting with "#" are skipped, so case files may carry comments. */
function isSkipped(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

/**
 * Writes and waits while the stream's buffer is full. Returns false when the stream is gone: the
 * reader went away (`netlab ... | head`), and the run stops quietly, as Unix tools do.
 */
async function write(stream: Writable, text: string | Uint8Array): Promise<boolean> {
  if (stream.destroyed) return false;
  if (text.length === 0 || stream.write(text)) return true;
  const controller = new AbortController();
  const settled = (event: string) =>
    once(stream, event, { signal: controller.signal }).catch(() => undefined);
  await Promise.race([settled('drain'), settled('close'), settled('error')]);
  controller.abort();
  return !stream.destroyed;
}

/** The next chunk of stdin; a failure to read is a runtime failure (exit 1), not bad input. */
async function nextChunk(chunks: AsyncIterator<unknown>): Promise<IteratorResult<unknown>> {
  try {
    return await chunks.next();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new NetlabError('stdin-failed', { why }, { cause: error });
  }
}

/** Output for one stream; consecutive answers for the same stream share one piece. */
export interface Piece {
  readonly stream: 'stdout' | 'stderr';
  /** Text, or UTF-8 bytes (the fast path assembles its answers as bytes). */
  text: string | Uint8Array;
}

/** What one run of answers produced, in input order, and whether any line failed. */
export interface Answers {
  readonly pieces: Piece[];
  failed: boolean;
}

function add(answers: Answers, stream: Piece['stream'], text: string): void {
  const last = answers.pieces.at(-1);
  if (last?.stream === stream && typeof last.text === 'string') last.text += text;
  else answers.pieces.push({ stream, text });
}

/**
 * How a batch answers: NDJSON (error records in English, as --json always is) or text, whose
 * answers and `netlab: line N:` error lines are in `lang`.
 */
export interface AnswerForm {
  readonly json: boolean;
  readonly lang: Lang;
}

/** The form a command's context asks for: --json, and the language of its words. */
export function answerForm(context: CommandContext): AnswerForm {
  return { json: context.json, lang: contextLang(context) };
}

/** Answers lines one by one through the handler: the careful path, with every error explained. */
export function answer<R>(
  lines: readonly InputLine[],
  handler: BatchHandler<R>,
  { json, lang }: AnswerForm,
): Answers {
  const answers: Answers = { pieces: [], failed: false };
  for (const { number, text, overlong } of lines) {
    if (!overlong && isSkipped(text)) continue;
    try {
      if (overlong) {
        throw new InputError('line-too-long', { limit: MAX_LINE_LENGTH });
      }
      const result = handler.compute(text);
      const rendered = json
        ? JSON.stringify(handler.toJson(result))
        : handler.renderText(result, { input: text, lang });
      add(answers, 'stdout', `${rendered}\n`);
    } catch (error) {
      if (!isNetlabError(error)) throw error;
      answers.failed = true;
      const record: BatchErrorRecord = { line: number, input: text, ...errorRecord(error) };
      if (json) add(answers, 'stdout', `${JSON.stringify(record)}\n`);
      else add(answers, 'stderr', `netlab: line ${number}: ${errorMessage(error, lang)}\n`);
    }
  }
  return answers;
}

/** Turns stdin chunks into answers, in input order; `end` answers what is left when stdin ends. */
export interface ChunkAnswerer {
  push(chunk: string | Buffer): Answers;
  end(): Answers;
}

/** The careful answerer: every line is split, decoded and answered through the handler. */
function lineAnswerer<R>(handler: BatchHandler<R>, form: AnswerForm): ChunkAnswerer {
  const splitter = new LineSplitter();
  const decoder = new StringDecoder('utf8');
  return {
    push: (chunk) =>
      answer(
        splitter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk)),
        handler,
        form,
      ),
    end: () => answer([...splitter.push(decoder.end()), ...splitter.end()], handler, form),
  };
}

/**
 * Streams stdin one line at a time through `handler`, writing one result per case line (NDJSON
 * with --json). Blank lines and "#" comments are skipped. A bad line yields an error record (on
 * stdout with --json, as a `netlab: line N: ...` line on stderr without) and the run goes on;
 * the exit code is then 2. Memory stays bounded: at most one partial line is held, each chunk's
 * answers are written before the next chunk is read, and writes wait on backpressure. A command
 * with a fast path passes its own `answerer`, which must answer exactly as the careful one does.
 */
export async function runBatch<R>(
  handler: BatchHandler<R>,
  context: CommandContext,
  answerer: ChunkAnswerer = lineAnswerer(handler, answerForm(context)),
): Promise<ExitCode> {
  const { io, signal } = context;
  if (io.stdinIsTTY) {
    io.stderr.write('netlab: reading cases from the terminal, one a line; end with Ctrl-D\n');
  }
  let failed = false;
  // Answers and errors are written in input order, so a terminal shows them as the lines came.
  const flush = async (answers: Answers): Promise<boolean> => {
    failed ||= answers.failed;
    for (const piece of answers.pieces) {
      if (!(await write(io[piece.stream], piece.text))) return false;
    }
    return true;
  };
  // A closed pipe surfaces as an 'error' event; without a listener it would crash the run.
  const ignore = (): void => {};
  io.stdout.on('error', ignore);
  const chunks = io.stdin[Symbol.asyncIterator]();
  try {
    let open = true;
    while (open && !signal.aborted) {
      const next = await nextChunk(chunks);
      if (next.done) {
        await flush(answerer.end());
        break;
      }
      open = await flush(answerer.push(next.value as string | Buffer));
    }
  } finally {
    io.stdout.off('error', ignore);
    await chunks.return?.();
  }
  return failed ? 2 : 0;
}
