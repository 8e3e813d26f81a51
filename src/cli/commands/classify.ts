import type { BatchHandler } from '../../batch/run-batch.js';
import type { Classification } from '../../calc/classify.js';
import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import { defineCommand } from '../command.js';

/** Loads what classify needs, only when it runs. */
async function load() {
  const [parse, calc, text, line, json, colors] = await Promise.all([
    import('../../calc/parse-address.js'),
    import('../../calc/classify.js'),
    import('../../render/classify-text.js'),
    import('../../render/classify-line.js'),
    import('../../render/classify-json.js'),
    import('../../render/palette.js'),
  ]);
  return {
    classifyText: (input: string) => calc.classify(parse.parseAddress(input)),
    renderClassification: text.renderClassification,
    renderClassificationLine: line.renderClassificationLine,
    classificationToJson: json.classificationToJson,
    palette: colors.palette,
  };
}

/** How `classify --stdin` answers one line carefully; the fast path falls back to it. */
export async function classifyBatchHandler(): Promise<BatchHandler<Classification>> {
  const code = await load();
  return {
    compute: code.classifyText,
    renderText: (result) => code.renderClassificationLine(result),
    toJson: code.classificationToJson,
  };
}

async function classifyStdin(given: readonly string[], context: CommandContext) {
  const [handler, { refuseArgumentsWithStdin, runBatch }, fast] = await Promise.all([
    classifyBatchHandler(),
    import('../../batch/run-batch.js'),
    import('../../batch/fast-batch.js'),
  ]);
  refuseArgumentsWithStdin(given);
  return runBatch(handler, context, fast.classifyAnswerer(handler, context.json));
}

async function classifyArguments(addresses: readonly string[], context: CommandContext) {
  const code = await load();
  const results = addresses.map(code.classifyText);
  const colors = code.palette(context.color);
  const output = context.json
    ? results.map((result) => `${JSON.stringify(code.classificationToJson(result))}\n`).join('')
    : results.map((result) => code.renderClassification(result, colors)).join('\n');
  context.io.stdout.write(output);
  return 0 as const;
}

/** `netlab classify ADDR...` or `--stdin`: special-purpose blocks, private, globally reachable. */
export const classifyCommand = defineCommand({
  command: 'classify [addresses..]',
  describe: 'Which IANA special-purpose block an address is in; private or public',
  group: 'calculators',
  example: 'netlab classify 10.1.2.3 100.64.0.1 ::ffff:127.0.0.1',
  builder: (yargs) =>
    yargs
      .positional('addresses', {
        type: 'string',
        array: true,
        describe: 'classify-addresses',
      })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'classify-stdin',
      }),
  run: async (argv, context) => {
    const addresses = argv.addresses ?? [];
    if (argv.stdin) return classifyStdin(addresses, context);
    if (addresses.length === 0) {
      throw new InputError('classify-needs-input');
    }
    return classifyArguments(addresses, context);
  },
});
