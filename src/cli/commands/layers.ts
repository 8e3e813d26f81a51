import type { Lang } from '../../core/lang.js';
import { defineCommand } from '../command.js';
import { langOption } from './_lang-option.js';

/** The most payload one Ethernet frame carries over TCP/IPv4: MTU 1500 - 20 - 20. */
const MAX_PAYLOAD = 1460;

/**
 * Writes `frame` as a one-record pcap file at `name` (relative to `cwd`). Refuses to overwrite:
 * a typo must not destroy a file. Returns the absolute path.
 */
async function savePcap(name: string, frame: Uint8Array, cwd: string): Promise<string> {
  const { writeFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const { InputError, NetlabError } = await import('../../core/errors.js');
  const { writePcap } = await import('../../sim/pcap.js');
  if (name === '') throw new InputError('pcap-no-name');
  const path = resolve(cwd, name);
  try {
    await writeFile(path, writePcap([{ frame, timeMs: Date.now() }]), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new InputError('pcap-exists', { name }, { cause: error });
    }
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : String(code ?? error);
    throw new NetlabError('pcap-write-failed', { name, why }, { cause: error });
  }
  return path;
}

/** Shows the five-layer model and wraps a payload in real TCP, IPv4 and Ethernet bytes. */
export const layersCommand = defineCommand({
  command: 'layers',
  describe: 'Wrap a payload in real TCP, IPv4 and Ethernet headers, byte by byte',
  group: 'lessons',
  example: 'netlab layers --payload "GET / HTTP/1.1"',
  builder: (yargs) =>
    yargs
      .option('payload', {
        type: 'string',
        describe: `the application data, sent as UTF-8 (0-${MAX_PAYLOAD} bytes; default: an HTTP GET request for / with its Host header)`,
      })
      .option('pcap', {
        type: 'string',
        describe: 'layers-pcap',
      })
      .option('lang', langOption('the notes')),
  run: async (argv, context) => {
    const { InputError } = await import('../../core/errors.js');
    const { encapsulate, LESSON_HTTP_REQUEST } = await import('../../sim/encapsulate.js');
    const { dissectFrame } = await import('../../sim/dissect-frame.js');
    const payload = new TextEncoder().encode(argv.payload ?? LESSON_HTTP_REQUEST);
    if (payload.length > MAX_PAYLOAD) {
      throw new InputError('payload-too-long', { length: payload.length, max: MAX_PAYLOAD });
    }
    const built = encapsulate(payload);
    const dissection = dissectFrame(built.frame);
    const pcapPath =
      argv.pcap === undefined ? null : await savePcap(argv.pcap, built.frame, context.io.cwd);
    if (context.json) {
      const { layersJson } = await import('../../render/layers-json.js');
      context.io.stdout.write(`${JSON.stringify(layersJson(built, dissection, pcapPath))}\n`);
      return 0;
    }
    const render = await import('../../render/render-layers.js');
    const { langFromEnv } = await import('../../core/lang.js');
    const { palette } = await import('../../render/palette.js');
    const lang: Lang = argv.lang ?? langFromEnv(context.io.env);
    const options = { lang, paint: palette(context.color) };
    context.io.stdout.write(
      [
        render.renderLayerModel(options),
        render.renderEncapsulation(built, dissection, options),
        render.renderDecapsulation(dissection, payload, options),
        ...(pcapPath === null ? [] : [render.renderPcapNote(pcapPath, options)]),
      ].join('\n'),
    );
    return 0;
  },
});
