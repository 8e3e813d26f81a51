import { spawnSync } from 'node:child_process';

const known = new Map<string, boolean>();

/**
 * Whether a program can be run here: `tool --version` (or `args`) exits 0. Tests that need a
 * Debian tool skip by name without it; `.ci/run` installs them all. Asked once per tool.
 * @example describe.skipIf(!installed('tshark'))('decoded by tshark', ...)
 */
export function installed(tool: string, args: readonly string[] = ['--version']): boolean {
  const key = [tool, ...args].join(' ');
  let found = known.get(key);
  if (found === undefined) {
    found = spawnSync(tool, [...args], { stdio: 'ignore' }).status === 0;
    known.set(key, found);
  }
  return found;
}
