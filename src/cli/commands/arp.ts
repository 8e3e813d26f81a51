import type { Lang } from '../../core/lang.js';
import { defineCommand } from '../command.js';
import { langOption } from './_lang-option.js';

/** Plays the ARP simulation on the default LAN, or between the hosts chosen with --from/--to. */
export const arpCommand = defineCommand({
  command: 'arp',
  describe: 'Simulate ARP on a small LAN: switch learning, broadcast, reply, cache',
  group: 'lessons',
  example: 'netlab arp --from 192.168.1.10 --to 192.168.1.20',
  builder: (yargs) =>
    yargs
      .option('from', {
        type: 'string',
        describe: 'arp-from',
      })
      .option('to', {
        type: 'string',
        describe: 'arp-to',
      })
      .option('mask', {
        type: 'string',
        describe: 'arp-mask',
      })
      .option('lang', langOption('the narration')),
  run: async (argv, context) => {
    const { parseAddress } = await import('../../calc/parse-address.js');
    const { parseMask } = await import('../../calc/parse-mask.js');
    const { defaultLan } = await import('../../sim/default-lan.js');
    const { arpScenario } = await import('../../sim/arp-scenario.js');
    const { simulateArp } = await import('../../sim/simulate-arp.js');
    const { hostAddressByName } = await import('../../sim/lan-host-by-name.js');
    const { langFromEnv } = await import('../../core/lang.js');
    const lan = defaultLan(
      argv.mask === undefined ? undefined : parseMask(argv.mask, { version: 4 }),
    );
    // A host's letter (A, B, C, R) or any IPv4 address.
    const endpoint = (text: string) => hostAddressByName(lan, text) ?? parseAddress(text);
    const run = simulateArp(
      lan,
      arpScenario(lan, {
        ...(argv.from === undefined ? {} : { from: endpoint(argv.from) }),
        ...(argv.to === undefined ? {} : { to: endpoint(argv.to) }),
      }),
    );
    if (context.json) {
      const { arpRunJson } = await import('../../render/arp-json.js');
      context.io.stdout.write(`${JSON.stringify(arpRunJson(run))}\n`);
      return 0;
    }
    const { renderArpRun } = await import('../../render/render-arp.js');
    const { palette } = await import('../../render/palette.js');
    const lang: Lang = argv.lang ?? langFromEnv(context.io.env);
    context.io.stdout.write(renderArpRun(run, { lang, paint: palette(context.color) }));
    return 0;
  },
});
