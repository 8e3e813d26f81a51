import type { MacReport } from '../../calc/decode-mac.js';
import { InputError } from '../../core/errors.js';
import type { Lang } from '../../core/lang.js';
import { defineCommand } from '../command.js';

/** Decodes one MAC address given on the command line, or one per stdin line with --stdin. */
export const macCommand = defineCommand({
  command: 'mac [address]',
  describe: 'Decode a MAC address: OUI, device part, unicast/multicast, local/universal',
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
      .option('lang', {
        type: 'string',
        choices: ['en', 'zh'] as const,
        describe: 'mac-lang',
      }),
  run: async (argv, context) => {
    const [{ parseMac }, { decodeMac }, { renderMac }, { macJson }, { langFromEnv }, { palette }] =
      await Promise.all([
        import('../../calc/parse-mac.js'),
        import('../../calc/decode-mac.js'),
        import('../../render/render-mac.js'),
        import('../../render/mac-json.js'),
        import('../../core/lang.js'),
        import('../../render/palette.js'),
      ]);
    const lang: Lang = argv.lang ?? langFromEnv(context.io.env);
    const paint = palette(context.color);
    const handler = {
      compute: (input: string) => ({ input, report: decodeMac(parseMac(input)) }),
      renderText: ({ report }: { report: MacReport }) => renderMac(report, { lang, paint }),
      toJson: ({ input, report }: { input: string; report: MacReport }) => macJson(report, input),
    };
    if (argv.stdin) {
      const { refuseArgumentsWithStdin, runBatch } = await import('../batch.js');
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
