import { type SpawnedCli, spawnCli } from '../helpers/spawn-cli.js';

/** A running netlab process whose output can be awaited by pattern. */
export interface RunningNetlab extends SpawnedCli {
  /** Resolves with the first match of `pattern` in stdout, as soon as it is printed. */
  readonly waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>;
}

/** Spawns the built netlab; it is killed when the test ends if still running. */
export function spawnNetlab(args: readonly string[]): RunningNetlab {
  const running = spawnCli(args);
  const waitFor = (pattern: RegExp): Promise<RegExpMatchArray> =>
    running.waitForStdout((stdout) => pattern.exec(stdout) ?? undefined);
  return { ...running, waitFor };
}
