import type { Readable, Writable } from 'node:stream';

/**
 * Everything a command may touch of the outside world. The real process streams are wired in by
 * the bin; tests pass in-memory streams. Terminal facts are decided here, at the edge.
 */
export interface Io {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
  /** stdout is a terminal: tables may be coloured and steps may pause. */
  readonly stdoutIsTTY: boolean;
  /** stderr is a terminal: progress bars may be drawn. */
  readonly stderrIsTTY: boolean;
  /** stdin is a terminal: netlab may ask questions. */
  readonly stdinIsTTY: boolean;
  /** Width of the terminal in columns, 80 when unknown. */
  readonly columns: number;
  /** Height of the terminal in rows, when stdout is a terminal that says; pagers assume 24. */
  readonly rows?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Working folder, for relative paths the user names. */
  readonly cwd: string;
  /**
   * Ctrl-C typed on a terminal netlab put in raw mode arrives as a key, not a signal: handing it
   * here ends the command as the signal would (the command's abort signal fires, exit 130).
   */
  readonly interrupt: () => void;
}

/** The options every command understands. */
export interface GlobalOptions {
  readonly json: boolean;
  readonly color: boolean;
}

/** Decides whether output may be coloured: asked for, allowed by NO_COLOR, and on a terminal. */
export function colorEnabled(io: Io, options: GlobalOptions): boolean {
  const noColor = io.env.NO_COLOR;
  return options.color && io.stdoutIsTTY && (noColor === undefined || noColor === '');
}
