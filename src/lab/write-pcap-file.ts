import { link, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, NetlabError } from '../core/errors.js';
import { writePcap } from '../sim/pcap.js';
import type { CapturedFrame } from './pcap-stream.js';

/**
 * Writes `frames` as a pcap file at `name` (relative to `cwd`): first under a temporary name,
 * then renamed, so a half-written capture never sits under the final name. Refuses to replace
 * an existing file. Returns the absolute path.
 */
export async function writePcapFile(
  name: string,
  frames: readonly CapturedFrame[],
  cwd: string,
): Promise<string> {
  if (name === '') throw new InputError('pcap-no-name');
  const path = resolve(cwd, name);
  const partial = `${path}.part-${process.pid}`;
  try {
    await writeFile(
      partial,
      writePcap(frames.map((frame) => ({ frame: frame.bytes, timeMs: frame.timeMs }))),
      { flag: 'wx' },
    );
    // link() fails with EEXIST instead of replacing: an existing file is never overwritten.
    await link(partial, path);
    await rm(partial);
  } catch (error) {
    await rm(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError('pcap-exists', { name }, { cause: error });
    throw new NetlabError(
      'lab-pcap-write',
      { name, errno: code ?? String(error) },
      { cause: error },
    );
  }
  return path;
}
