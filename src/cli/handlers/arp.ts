import { parseAddress } from '../../calc/parse-address.js';
import { parseMask } from '../../calc/parse-mask.js';
import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import { langFromEnv } from '../../core/lang.js';
import { arpRunJson } from '../../render/arp-json.js';
import { arpRunFrames } from '../../render/arp-text.js';
import { palette } from '../../render/palette.js';
import { writeFrames } from '../../render/write-frames.js';
import { arpScenario } from '../../sim/arp-scenario.js';
import { defaultLan } from '../../sim/default-lan.js';
import { hostAddressByName } from '../../sim/lan-host-by-name.js';
import { simulateArp } from '../../sim/simulate-arp.js';
import type { ArgsOf } from '../command.js';
import type { arpCommand } from '../commands/arp.js';

export async function run(
  argv: ArgsOf<typeof arpCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const lan = defaultLan(
    argv.mask === undefined ? undefined : parseMask(argv.mask, { version: 4 }),
  );
  // A host's letter (A, B, C, R) or any IPv4 address.
  const endpoint = (text: string) => hostAddressByName(lan, text) ?? parseAddress(text);
  const played = simulateArp(
    lan,
    arpScenario(lan, {
      ...(argv.from === undefined ? {} : { from: endpoint(argv.from) }),
      ...(argv.to === undefined ? {} : { to: endpoint(argv.to) }),
    }),
  );
  if (context.json) {
    context.io.stdout.write(`${JSON.stringify(arpRunJson(played))}\n`);
    return 0;
  }
  const lang = argv.lang ?? langFromEnv(context.io.env);
  const paint = palette(context.color);
  await writeFrames(arpRunFrames(played, { lang, paint }), { context, lang, paint });
  return 0;
}
