import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CommandContext } from '../../core/command-context.js';
import { InputError, NetlabError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { langFromEnv } from '../../core/lang.js';
import { layersJson } from '../../render/layers-json.js';
import {
  renderDecapsulation,
  renderEncapsulation,
  renderLayerModel,
  renderPcapNote,
} from '../../render/layers-text.js';
import { palette } from '../../render/palette.js';
import { dissectFrame } from '../../sim/dissect-frame.js';
import { encapsulate, LESSON_HTTP_REQUEST } from '../../sim/encapsulate.js';
import { writePcap } from '../../sim/pcap.js';
import type { ArgsOf } from '../command.js';
import { type layersCommand, MAX_PAYLOAD } from '../commands/layers.js';

/** Why a pcap file could not be written, from the system's error code. */
function writeFailure(code: string | undefined, error: unknown): string {
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return String(code ?? error);
}

/**
 * Writes `frame` as a one-record pcap file at `name` (relative to `cwd`). Refuses to overwrite:
 * a typo must not destroy a file. Returns the absolute path.
 */
async function savePcap(name: string, frame: Uint8Array, cwd: string): Promise<string> {
  if (name === '') throw new InputError('pcap-no-name');
  const path = resolve(cwd, name);
  try {
    await writeFile(path, writePcap([{ frame, timeMs: Date.now() }]), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError('pcap-exists', { name }, { cause: error });
    throw new NetlabError(
      'pcap-write-failed',
      { name, why: writeFailure(code, error) },
      { cause: error },
    );
  }
  return path;
}

export async function run(
  argv: ArgsOf<typeof layersCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const payload = new TextEncoder().encode(argv.payload ?? LESSON_HTTP_REQUEST);
  if (payload.length > MAX_PAYLOAD) {
    throw new InputError('payload-too-long', { length: payload.length, max: MAX_PAYLOAD });
  }
  const built = encapsulate(payload);
  const dissection = dissectFrame(built.frame);
  const pcapPath =
    argv.pcap === undefined ? null : await savePcap(argv.pcap, built.frame, context.io.cwd);
  if (context.json) {
    context.io.stdout.write(`${JSON.stringify(layersJson(built, dissection, pcapPath))}\n`);
    return 0;
  }
  const options = { lang: argv.lang ?? langFromEnv(context.io.env), paint: palette(context.color) };
  context.io.stdout.write(
    [
      renderLayerModel(options),
      renderEncapsulation(built, dissection, options),
      renderDecapsulation(dissection, payload, options),
      ...(pcapPath === null ? [] : [renderPcapNote(pcapPath, options)]),
    ].join('\n'),
  );
  return 0;
}
