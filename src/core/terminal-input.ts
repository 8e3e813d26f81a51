import type { Readable } from 'node:stream';

/** What a key pressed at a pause asks for. */
export type PauseKey = 'next' | 'back' | 'quit';

/** A terminal's input stream; `setRawMode` exists on a real terminal (tty.ReadStream). */
type TerminalStream = Readable & { setRawMode?: (raw: boolean) => unknown };

const KEYS: ReadonlyMap<string, PauseKey> = new Map([
  ['\r', 'next'],
  ['\n', 'next'],
  [' ', 'next'],
  ['n', 'next'],
  ['\x1b[C', 'next'],
  ['\x1b[B', 'next'],
  ['b', 'back'],
  ['p', 'back'],
  ['\x1b[D', 'back'],
  ['\x1b[A', 'back'],
  ['q', 'quit'],
  ['\x04', 'quit'],
  ['\x1b', 'quit'],
]);

const CTRL_C = '\x03';

/** The first key in a buffer: an arrow's escape sequence, or one character. */
function firstKey(buffer: string): string {
  const arrow = buffer.slice(0, 3);
  if (arrow.length === 3 && arrow.startsWith('\x1b[') && 'ABCD'.includes(arrow.charAt(2))) {
    return arrow;
  }
  return String.fromCodePoint(buffer.codePointAt(0) ?? 0);
}

/**
 * Reads single keys (at a pause) and whole lines (answers) from a terminal. Between reads the
 * stream is paused and unlistened, so a command the lesson runs meanwhile can use stdin, and the
 * process can exit once the lesson is over. Keys are read in raw mode when the stream is a real
 * terminal, so Enter, b and q act at once; otherwise one key per typed line.
 */
export class TerminalInput {
  readonly #stdin: TerminalStream;
  #buffer = '';
  #ended = false;
  readonly #interrupt: () => void;
  /** Raw mode is held across keys (see whileRaw), so key() leaves it alone. */
  #held = false;

  /** `interrupt` is called for Ctrl-C typed in raw mode, where it arrives as a key, not a signal. */
  constructor(stdin: Readable, interrupt: () => void) {
    this.#stdin = stdin;
    this.#interrupt = interrupt;
    stdin.setEncoding('utf8');
  }

  /**
   * Runs `work` with the terminal in raw mode throughout, not only while a key is awaited: keys
   * typed ahead while output is written are then neither echoed nor lost. Raw mode is off again
   * when `work` ends, however it ends.
   */
  async whileRaw<T>(work: () => Promise<T>): Promise<T> {
    const raw = typeof this.#stdin.setRawMode === 'function' && !this.#held;
    if (!raw) return work();
    this.#stdin.setRawMode?.(true);
    this.#held = true;
    try {
      return await work();
    } finally {
      this.#held = false;
      this.#stdin.setRawMode?.(false);
    }
  }

  /** Waits for Enter (next), b (back) or q (quit); other keys are ignored. End of input quits. */
  async key(signal: AbortSignal): Promise<PauseKey> {
    const raw = typeof this.#stdin.setRawMode === 'function';
    const toggle = raw && !this.#held;
    if (toggle) this.#stdin.setRawMode?.(true);
    try {
      for (;;) {
        if (this.#buffer === '' && !(await this.#fill(signal))) return 'quit';
        const key = firstKey(this.#buffer);
        this.#buffer = this.#buffer.slice(key.length);
        if (!raw && key !== '\n') this.#dropLine();
        if (key === CTRL_C) {
          this.#interrupt();
          return 'quit';
        }
        const meaning = KEYS.get(key.length === 1 ? key.toLowerCase() : key);
        if (meaning !== undefined) return meaning;
      }
    } finally {
      if (toggle) this.#stdin.setRawMode?.(false);
    }
  }

  /** Reads one line the student types (echoed by the terminal), or null at end of input. */
  async line(signal: AbortSignal): Promise<string | null> {
    for (;;) {
      const end = this.#buffer.indexOf('\n');
      if (end >= 0) {
        const line = this.#buffer.slice(0, end).replace(/\r$/, '');
        this.#buffer = this.#buffer.slice(end + 1);
        return line;
      }
      if (!(await this.#fill(signal))) {
        const rest = this.#buffer;
        this.#buffer = '';
        return rest === '' ? null : rest;
      }
    }
  }

  /** Throws away what is left of the current typed line, up to and including its newline. */
  #dropLine(): void {
    const end = this.#buffer.indexOf('\n');
    this.#buffer = end < 0 ? '' : this.#buffer.slice(end + 1);
  }

  /** Waits for more input and appends it; false at end of input or when `signal` aborts. */
  #fill(signal: AbortSignal): Promise<boolean> {
    if (this.#ended || signal.aborted) return Promise.resolve(false);
    const stdin = this.#stdin;
    return new Promise((resolve) => {
      const finish = (more: boolean): void => {
        stdin.off('data', onData);
        stdin.off('end', onEnd);
        stdin.off('close', onEnd);
        signal.removeEventListener('abort', onAbort);
        stdin.pause();
        resolve(more);
      };
      const onData = (chunk: string): void => {
        this.#buffer += chunk;
        finish(true);
      };
      const onEnd = (): void => {
        this.#ended = true;
        finish(false);
      };
      const onAbort = (): void => finish(false);
      stdin.on('data', onData);
      stdin.on('end', onEnd);
      stdin.on('close', onEnd);
      signal.addEventListener('abort', onAbort);
      stdin.resume();
    });
  }
}
