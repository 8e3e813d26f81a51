import { refuseArgumentsWithStdin, runBatch } from '../../batch/run-batch.js';
import { decodeMac, type MacReport } from '../../calc/decode-mac.js';
import { type MacVendor, ouiVendor } from '../../calc/oui-vendor.js';
import { parseMac } from '../../calc/parse-mac.js';
import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { langFromEnv } from '../../core/lang.js';
import { macJson } from '../../render/mac-json.js';
import { renderMac } from '../../render/mac-text.js';
import { palette } from '../../render/palette.js';
import type { ArgsOf } from '../command.js';
import type { macCommand } from '../commands/mac.js';
import { loadOuiRegistry } from '../load-oui-registry.js';

/** One decoded line: what was typed, what the address says, and its maker. */
interface Decoded {
  readonly input: string;
  readonly report: MacReport;
  readonly vendor: MacVendor;
}

export async function run(
  argv: ArgsOf<typeof macCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const registry = await loadOuiRegistry();
  const lang = argv.lang ?? langFromEnv(context.io.env);
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
    refuseArgumentsWithStdin(argv.address === undefined ? [] : [argv.address]);
    return runBatch(handler, context);
  }
  if (argv.address === undefined) throw new InputError('mac-needs-input');
  const result = handler.compute(argv.address);
  context.io.stdout.write(
    context.json ? `${JSON.stringify(handler.toJson(result))}\n` : handler.renderText(result),
  );
  return 0;
}
