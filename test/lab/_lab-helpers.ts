import { readdir, readFile, readlink } from 'node:fs/promises';
import { beforeEach, onTestFinished } from 'vitest';

/** The pids of every running lab owner (an `unshare` with the netlab-lab mark). */
export async function labOwners(): Promise<number[]> {
  const owners: number[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const argv = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (argv.startsWith('unshare\0') && argv.includes('netlab-lab:')) owners.push(Number(pid));
  }
  return owners;
}

/** The pids of processes whose user namespace is `inode` (the lab's), none once it is gone. */
export async function processesIn(inode: string): Promise<number[]> {
  const found: number[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    if ((await readlink(`/proc/${pid}/ns/user`).catch(() => '')) === inode) found.push(Number(pid));
  }
  return found;
}

/** Kills any lab owner a test leaves behind, so a failing test still tears its lab down. */
export function killLabsAfterTest(before: readonly number[]): void {
  onTestFinished(async () => {
    for (const pid of await labOwners()) if (!before.includes(pid)) process.kill(pid, 'SIGKILL');
  });
}

/** NDJSON lines as objects. */
export function events(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * Before each test of the file: notes the lab owners already running and kills any the test
 * leaves. Returns a getter for them, so a test can assert that it left none.
 */
export function labsBeforeEachTest(): () => readonly number[] {
  let before: number[] = [];
  beforeEach(async () => {
    before = await labOwners();
    killLabsAfterTest(before);
  });
  return () => before;
}
