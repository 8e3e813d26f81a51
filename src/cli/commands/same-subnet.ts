import type { BatchHandler } from '../../batch/run-batch.js';
import type { SameSubnetResult } from '../../calc/same-subnet.js';
import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { defineCommand } from '../command.js';

/** How `same-subnet --stdin` answers one line carefully; the fast path falls back to it. */
export async function sameSubnetBatchHandler(): Promise<BatchHandler<SameSubnetResult>> {
  const [
    { splitFields },
    { parseHostPair },
    { sameSubnet },
    { sameSubnetJson },
    { sameSubnetLine },
  ] = await Promise.all([
    import('../../batch/run-batch.js'),
    import('../../calc/parse-host-pair.js'),
    import('../../calc/same-subnet.js'),
    import('../../render/same-subnet-json.js'),
    import('../../render/same-subnet-line.js'),
  ]);
  const compute = (line: string) => {
    const pair = parseHostPair(splitFields(line));
    return sameSubnet(pair.a, pair.b);
  };
  return { compute, renderText: sameSubnetLine, toJson: sameSubnetJson };
}

async function answerStdin(given: readonly string[], context: CommandContext): Promise<ExitCode> {
  const [handler, batch, fast] = await Promise.all([
    sameSubnetBatchHandler(),
    import('../../batch/run-batch.js'),
    import('../../batch/fast-batch.js'),
  ]);
  batch.refuseArgumentsWithStdin(given);
  return batch.runBatch(handler, context, fast.sameSubnetAnswerer(handler, context.json));
}

async function answerOnce(fields: readonly string[], context: CommandContext): Promise<ExitCode> {
  const [{ parseHostPair }, { sameSubnet }] = await Promise.all([
    import('../../calc/parse-host-pair.js'),
    import('../../calc/same-subnet.js'),
  ]);
  const pair = parseHostPair(fields);
  const result = sameSubnet(pair.a, pair.b);
  if (context.json) {
    const { sameSubnetJson } = await import('../../render/same-subnet-json.js');
    context.io.stdout.write(`${JSON.stringify(sameSubnetJson(result))}\n`);
    return 0;
  }
  const [{ renderSameSubnet }, { palette }] = await Promise.all([
    import('../../render/same-subnet-table.js'),
    import('../../render/palette.js'),
  ]);
  context.io.stdout.write(renderSameSubnet(result, palette(context.color)));
  return 0;
}

/** `netlab same-subnet A B [MASK]` or `--stdin`: are two hosts on one segment, and who sees whom. */
export const sameSubnetCommand = defineCommand({
  command: 'same-subnet [a] [b] [maskA] [maskB]',
  describe: 'Are two hosts on one segment? AND each address with its mask and compare',
  group: 'calculators',
  example: 'netlab same-subnet 192.168.1.5 192.168.1.77 255.255.255.0',
  builder: (yargs) =>
    yargs
      .positional('a', {
        type: 'string',
        describe: 'same-subnet-a',
      })
      .positional('b', { type: 'string', describe: 'same-subnet-b' })
      .positional('maskA', {
        type: 'string',
        describe: 'same-subnet-maskA',
      })
      .positional('maskB', { type: 'string', describe: 'same-subnet-maskB' })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'same-subnet-stdin',
      })
      .example('$0 same-subnet 192.168.1.5 192.168.1.77 /24', 'same-subnet-example-1')
      .example('$0 same-subnet 192.168.1.10/24 192.168.1.200/25', 'same-subnet-example-2')
      .example('$0 same-subnet --stdin --json < pairs.txt', 'same-subnet-example-3'),
  run: async (argv, context) => {
    const fields = [argv.a, argv.b, argv.maskA, argv.maskB].filter(
      (field): field is string => field !== undefined,
    );
    if (argv.stdin) return answerStdin(fields, context);
    if (fields.length < 2) {
      throw new InputError('same-subnet-needs-input');
    }
    return answerOnce(fields, context);
  },
});
