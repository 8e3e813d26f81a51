import type { MacReport } from '../../calc/decode-mac.js';
import type { MacVendor } from '../../calc/oui-vendor.js';
import { InputError } from '../../core/errors.js';
import type { Lang } from '../../core/lang.js';
import { defineCommand } from '../command.js';
import { langOption } from './_lang-option.js';

/** One decoded line: what was typed, what the address says, and its maker. */
interface Decoded {
  readonly input: string;
  readonly report: MacReport;
  readonly vendor: MacVendor;
}

/** Decodes one MAC address given on the command line, or one per stdin line with --stdin. */
export const macCommand = defineCommand({
  command: 'mac [address]',
  describe: 'Decode a MAC address: OUI and vendor, unicast/multicast, local/universal',
  group: 'calculators',
  example: 'netlab mac 00:1A:2B:3C:4D:5E',
  builder: (yargs) =>
    yargs
      .positional('address', {
        type: 'string',
        describe: 'mac-address',
      })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'mac-stdin',
      })
      .option('lang', langOption('the explanation')),
  run: async (argv, context) => {
    const [
      { parseMac },
      { decodeMac },
      { ouiVendor },
      { loadOuiRegistry },
      { renderMac },
      { macJson },
      { langFromEnv },
      { palette },
    ] = await Promise.all([
      import('../../calc/parse-mac.js'),
      import('../../calc/decode-mac.js'),
      import('../../calc/oui-vendor.js'),
      import('../load-oui-registry.js'),
      import('../../render/render-mac.js'),
      import('../../render/mac-json.js'),
      import('../../core/lang.js'),
      import('../../render/palette.js'),
    ]);
    const registry = await loadOuiRegistry();
    const lang: Lang = argv.lang ?? langFromEnv(context.io.env);
    const paint = palette(context.color);
    const handler = {
      compute: (input: string): Decoded => {
        const mac = parseMac(input);
        return { input, report: decodeMac(mac), vendor: ouiVendor(mac, registry) };
      },
      renderText: ({ report, vendor }: Decoded) => renderMac(report, { lang, paint, vendor }),
      toJson: ({ input, report, vendor }: Decoded) => macJson(report, input, { vendor }),
    };
    if (argv.stdin) {
      const { refuseArgumentsWithStdin, runBatch } = await import('../../batch/run-batch.js');
      refuseArgumentsWithStdin(argv.address === undefined ? [] : [argv.address]);
      return runBatch(handler, context);
    }
    if (argv.address === undefined) {
      throw new InputError('mac-needs-input');
    }
    const result = handler.compute(argv.address);
    context.io.stdout.write(
      context.json ? `${JSON.stringify(handler.toJson(result))}\n` : handler.renderText(result),
    );
    return 0;
  },
});
