import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { defineCommand } from '../command.js';

async function answerStdin(given: readonly string[], context: CommandContext): Promise<ExitCode> {
  const [batch, { parseHostSpec }, { subnetFacts }, { subnetJson }, { subnetLine }] =
    await Promise.all([
      import('../batch.js'),
      import('../../calc/parse-host-spec.js'),
      import('../../calc/subnet-facts.js'),
      import('../../render/subnet-json.js'),
      import('../../render/subnet-line.js'),
    ]);
  batch.refuseArgumentsWithStdin(given);
  const compute = (line: string) => {
    const fields = batch.splitFields(line);
    const [address = '', mask, ...extra] = fields;
    if (extra.length > 0) {
      throw new InputError('bad-subnet-case', { count: fields.length });
    }
    return subnetFacts(parseHostSpec(address, mask));
  };
  return batch.runBatch({ compute, renderText: subnetLine, toJson: subnetJson }, context);
}

async function answerOnce(
  address: string,
  mask: string | undefined,
  context: CommandContext,
): Promise<ExitCode> {
  const [{ parseHostSpec }, { subnetFacts }] = await Promise.all([
    import('../../calc/parse-host-spec.js'),
    import('../../calc/subnet-facts.js'),
  ]);
  const facts = subnetFacts(parseHostSpec(address, mask));
  if (context.json) {
    const { subnetJson } = await import('../../render/subnet-json.js');
    context.io.stdout.write(`${JSON.stringify(subnetJson(facts))}\n`);
    return 0;
  }
  const [{ renderSubnet }, { palette }] = await Promise.all([
    import('../../render/subnet-table.js'),
    import('../../render/palette.js'),
  ]);
  context.io.stdout.write(renderSubnet(facts, palette(context.color)));
  return 0;
}

/** `netlab subnet ADDR/PREFIX` or `--stdin`: network, broadcast, host range and count. */
export const subnetCommand = defineCommand({
  command: 'subnet [address] [mask]',
  describe: 'Subnet facts: network, broadcast, host range and count, mask and wildcard',
  group: 'calculators',
  example: 'netlab subnet 192.168.1.77/26',
  builder: (yargs) =>
    yargs
      .positional('address', {
        type: 'string',
        describe: 'subnet-address',
      })
      .positional('mask', { type: 'string', describe: 'subnet-mask' })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'subnet-stdin',
      })
      .example('$0 subnet 192.168.1.77/26', 'subnet-example-1')
      .example('$0 subnet 192.168.1.77 255.255.255.192', 'subnet-example-2')
      .example('$0 subnet 2001:db8::1/64 --json', 'subnet-example-3'),
  run: async (argv, context) => {
    if (argv.stdin) {
      const given = [argv.address, argv.mask].filter((field) => field !== undefined);
      return answerStdin(given, context);
    }
    if (argv.address === undefined) {
      throw new InputError('subnet-needs-input');
    }
    return answerOnce(argv.address, argv.mask, context);
  },
});
