import type { CommandContext } from '../core/command-context.js';
import { TerminalInput } from '../core/terminal-input.js';
import { type StepEnd, stepFrames } from '../text/step-frames.js';
import type { Palette } from './palette.js';

/** Rows of a terminal that does not say how tall it is. */
const DEFAULT_ROWS = 24;

export interface WriteFramesOptions {
  readonly context: CommandContext;
  readonly lang: string;
  readonly paint: Palette;
}

/**
 * Writes a simulation's frames: on a terminal (stdin and stdout both), one at a time with a
 * prompt between them (see stepFrames); anywhere else all at once, the frames joined, exactly
 * the text the command always printed.
 */
export async function writeFrames(
  frames: readonly string[],
  options: WriteFramesOptions,
): Promise<StepEnd> {
  const { io, signal } = options.context;
  if (!(io.stdinIsTTY && io.stdoutIsTTY)) {
    io.stdout.write(frames.join(''));
    return 'end';
  }
  return stepFrames(frames, {
    out: io.stdout,
    input: new TerminalInput(io.stdin, io.interrupt),
    signal,
    rows: io.rows ?? DEFAULT_ROWS,
    columns: io.columns,
    lang: options.lang,
    dim: options.paint.dim,
  });
}
