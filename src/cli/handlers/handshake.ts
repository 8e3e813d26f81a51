import { randomInt } from 'node:crypto';
import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { langFromEnv } from '../../core/lang.js';
import { handshakeRunJson } from '../../render/handshake-json.js';
import { handshakeFrames } from '../../render/handshake-text.js';
import { palette } from '../../render/palette.js';
import { writeFrames } from '../../render/write-frames.js';
import { parseSequenceNumber } from '../../sim/parse-sequence-number.js';
import { simulateHandshake } from '../../sim/simulate-handshake.js';
import type { ArgsOf } from '../command.js';
import { type handshakeCommand, MAX_DATA } from '../commands/handshake.js';

type HandshakeArgs = ArgsOf<typeof handshakeCommand>;

/** An initial sequence number: the one given, a random one with --random-isn, or the default. */
function initialSequence(
  argv: HandshakeArgs,
  given: string | undefined,
  option: string,
  fallback: number,
): number {
  if (given !== undefined && argv.randomIsn) throw new InputError('isn-conflict', { option });
  if (given !== undefined) return parseSequenceNumber(given, option);
  return argv.randomIsn ? randomInt(2 ** 32) : fallback;
}

function dataLengthOf(data: string | undefined): number {
  if (data === undefined) return 0;
  const length = Buffer.byteLength(data, 'utf8');
  if (length === 0 || length > MAX_DATA) {
    throw new InputError(length === 0 ? 'data-empty' : 'data-too-long', {
      length,
      max: MAX_DATA,
    });
  }
  return length;
}

export async function run(argv: HandshakeArgs, context: CommandContext): Promise<ExitCode> {
  const isnClient = initialSequence(argv, argv.isnClient, '--isn-client', 1000);
  const isnServer = initialSequence(argv, argv.isnServer, '--isn-server', 5000);
  const played = simulateHandshake({ isnClient, isnServer, dataLength: dataLengthOf(argv.data) });
  if (context.json) {
    context.io.stdout.write(`${JSON.stringify(handshakeRunJson(played))}\n`);
    return 0;
  }
  const lang = argv.lang ?? langFromEnv(context.io.env);
  const paint = palette(context.color);
  await writeFrames(handshakeFrames(played, { lang, paint }), { context, lang, paint });
  return 0;
}
