import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { defineCommand } from '../command.js';

/** How every mask of one run is read: as an IPv6 prefix, as a wildcard. */
interface MaskReading {
  readonly ipv6: boolean;
  readonly wildcard: boolean;
}

async function answerStdin(
  given: readonly string[],
  reading: MaskReading,
  context: CommandContext,
): Promise<ExitCode> {
  const [batch, { parseMask }, { maskFacts }, { maskJson }, { maskLine }] = await Promise.all([
    import('../../batch/run-batch.js'),
    import('../../calc/parse-mask.js'),
    import('../../calc/mask-facts.js'),
    import('../../render/mask-json.js'),
    import('../../render/mask-line.js'),
  ]);
  batch.refuseArgumentsWithStdin(given);
  const options = { wildcard: reading.wildcard, ...(reading.ipv6 ? { version: 6 as const } : {}) };
  const compute = (line: string) => {
    const fields = batch.splitFields(line);
    if (fields.length > 1) {
      throw new InputError('bad-mask-case', { count: fields.length });
    }
    return maskFacts(parseMask(fields[0] ?? '', options));
  };
  return batch.runBatch({ compute, renderText: maskLine, toJson: maskJson }, context);
}

/** `netlab mask VALUE`: a mask as dotted, prefix, wildcard and binary. */
export const maskCommand = defineCommand({
  command: 'mask [value]',
  describe: 'Convert a mask: dotted, prefix, wildcard and binary',
  group: 'calculators',
  example: 'netlab mask 255.255.240.0',
  builder: (yargs) =>
    yargs
      .positional('value', {
        type: 'string',
        describe: 'mask-value',
      })
      .option('ipv6', {
        alias: '6',
        type: 'boolean',
        default: false,
        describe: 'mask-ipv6',
      })
      .option('wildcard', {
        type: 'boolean',
        default: false,
        describe: 'mask-wildcard',
      })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe:
          'read one mask or prefix a line from stdin; one answer a line (NDJSON with --json)',
      })
      .example('$0 mask 255.255.240.0', 'dotted to prefix, wildcard, binary')
      .example('$0 mask /20', 'prefix to dotted')
      .example('$0 mask --wildcard 0.0.15.255', 'a Cisco-style wildcard')
      .example('$0 mask --ipv6 64', 'an IPv6 prefix')
      .example('$0 mask --stdin < masks.txt', 'one mask a line, one answer a line'),
  run: async (argv, context) => {
    if (argv.stdin) {
      const given = argv.value === undefined ? [] : [argv.value];
      return answerStdin(given, { ipv6: argv.ipv6, wildcard: argv.wildcard }, context);
    }
    if (argv.value === undefined) {
      throw new InputError('mask-needs-input');
    }
    const [{ parseMask }, { maskFacts }] = await Promise.all([
      import('../../calc/parse-mask.js'),
      import('../../calc/mask-facts.js'),
    ]);
    const facts = maskFacts(
      parseMask(argv.value, { wildcard: argv.wildcard, ...(argv.ipv6 ? { version: 6 } : {}) }),
    );
    if (context.json) {
      const { maskJson } = await import('../../render/mask-json.js');
      context.io.stdout.write(`${JSON.stringify(maskJson(facts))}\n`);
      return 0;
    }
    const [{ renderMask }, { palette }] = await Promise.all([
      import('../../render/mask-table.js'),
      import('../../render/palette.js'),
    ]);
    context.io.stdout.write(renderMask(facts, palette(context.color)));
    return 0;
  },
});
