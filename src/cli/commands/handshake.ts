import type { Lang } from '../../core/lang.js';
import { defineCommand } from '../command.js';
import { langOption } from './_lang-option.js';

/** The most data the simulated client sends in its one data segment: Ethernet's MSS. */
const MAX_DATA = 1460;

/** Plays the TCP handshake, an optional data segment and the four-way close. */
export const handshakeCommand = defineCommand({
  command: 'handshake',
  describe: 'The TCP three-way handshake and four-way close, with states and numbers',
  group: 'lessons',
  example: 'netlab handshake --data hello',
  builder: (yargs) =>
    yargs
      .option('isn-client', {
        type: 'string',
        describe: 'handshake-isn-client',
      })
      .option('isn-server', {
        type: 'string',
        describe: 'handshake-isn-server',
      })
      .option('random-isn', {
        type: 'boolean',
        default: false,
        describe: 'handshake-random-isn',
      })
      .option('data', {
        type: 'string',
        describe: `text the client sends once connected (UTF-8, 1-${MAX_DATA} bytes)`,
      })
      .option('lang', langOption('the notes')),
  run: async (argv, context) => {
    const { InputError } = await import('../../core/errors.js');
    const { parseSequenceNumber } = await import('../../sim/parse-sequence-number.js');
    const { simulateHandshake } = await import('../../sim/simulate-handshake.js');
    const { randomInt } = await import('node:crypto');
    const isn = (given: string | undefined, option: string, fallback: number): number => {
      if (given !== undefined && argv.randomIsn) {
        throw new InputError('isn-conflict', { option });
      }
      if (given !== undefined) return parseSequenceNumber(given, option);
      return argv.randomIsn ? randomInt(2 ** 32) : fallback;
    };
    const isnClient = isn(argv.isnClient, '--isn-client', 1000);
    const isnServer = isn(argv.isnServer, '--isn-server', 5000);
    const dataLength = argv.data === undefined ? 0 : Buffer.byteLength(argv.data, 'utf8');
    if (argv.data !== undefined && (dataLength === 0 || dataLength > MAX_DATA)) {
      throw new InputError(dataLength === 0 ? 'data-empty' : 'data-too-long', {
        length: dataLength,
        max: MAX_DATA,
      });
    }
    const run = simulateHandshake({ isnClient, isnServer, dataLength });
    if (context.json) {
      const { handshakeRunJson } = await import('../../render/handshake-json.js');
      context.io.stdout.write(`${JSON.stringify(handshakeRunJson(run))}\n`);
      return 0;
    }
    const { renderHandshake } = await import('../../render/render-handshake.js');
    const { langFromEnv } = await import('../../core/lang.js');
    const { palette } = await import('../../render/palette.js');
    const lang: Lang = argv.lang ?? langFromEnv(context.io.env);
    context.io.stdout.write(renderHandshake(run, { lang, paint: palette(context.color) }));
    return 0;
  },
});
