import type { BatchHandler } from '../../batch/run-batch.js';
import type { SubnetFacts } from '../../calc/subnet-facts.js';
import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { defineCommand } from '../command.js';

/** How `subnet --stdin` answers one line carefully; the fast path falls back to it. */
export async function subnetBatchHandler(): Promise<BatchHandler<SubnetFacts>> {
  const [{ splitFields }, { parseHostSpec }, { subnetFacts }, { subnetJson }, { subnetLine }] =
    await Promise.all([
      import('../../batch/run-batch.js'),
      import('../../calc/parse-host-spec.js'),
      import('../../calc/subnet-facts.js'),
      import('../../render/subnet-json.js'),
      import('../../render/subnet-line.js'),
    ]);
  const compute = (line: string) => {
    const fields = splitFields(line);
    const [address = '', mask, ...extra] = fields;
    if (extra.length > 0) {
      throw new InputError('bad-subnet-case', { count: fields.length });
    }
    return subnetFacts(parseHostSpec(address, mask));
  };
  return { compute, renderText: subnetLine, toJson: subnetJson };
}

async function answerStdin(given: readonly string[], context: CommandContext): Promise<ExitCode> {
  const [handler, batch, fast] = await Promise.all([
    subnetBatchHandler(),
    import('../../batch/run-batch.js'),
    import('../../batch/fast-batch.js'),
  ]);
  batch.refuseArgumentsWithStdin(given);
  return batch.runBatch(handler, context, fast.subnetAnswerer(handler, context.json));
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

/** Subnets a split lists unless --limit says otherwise, and the most --limit allows. */
const DEFAULT_LIMIT = 256n;
const MAX_LIMIT = 65_536n;

/** What a split is asked for: the parent block, and a new prefix or a count of subnets. */
interface SplitQuestion {
  readonly parent: string;
  readonly prefix: string | undefined;
  readonly count: string | undefined;
  readonly limit: string | undefined;
}

async function answerSplit(question: SplitQuestion, context: CommandContext): Promise<ExitCode> {
  const [{ parseBlock }, { parseCount }, { parseMask }, split] = await Promise.all([
    import('../../calc/ip-block.js'),
    import('../../calc/parse-count.js'),
    import('../../calc/parse-mask.js'),
    import('../../calc/split-subnet.js'),
  ]);
  const parent = parseBlock(question.parent);
  const limit =
    question.limit === undefined
      ? DEFAULT_LIMIT
      : parseCount(question.limit, { option: '--limit', max: MAX_LIMIT });
  const answer =
    question.count === undefined
      ? split.splitSubnet(
          parent,
          parseMask(question.prefix ?? '', { version: parent.version }).prefix,
        )
      : split.splitIntoCount(
          parent,
          parseCount(question.count, { option: '--count', max: 1n << 128n }),
        );
  if (context.json) {
    const { splitSubnetJson } = await import('../../render/block-json.js');
    const lines: string[] = [];
    let index = 0n;
    for (const block of split.subnetsOf(answer, limit)) {
      lines.push(`${JSON.stringify(splitSubnetJson(answer, index, block))}\n`);
      index += 1n;
    }
    context.io.stdout.write(lines.join(''));
    return 0;
  }
  const { renderSplit } = await import('../../render/split-list.js');
  context.io.stdout.write(renderSplit(answer, { limit, maxLimit: MAX_LIMIT }));
  return 0;
}

async function answerRange(text: string, context: CommandContext): Promise<ExitCode> {
  const [{ parseAddressRange }, { rangeToBlocks }] = await Promise.all([
    import('../../calc/parse-address-range.js'),
    import('../../calc/range-to-blocks.js'),
  ]);
  const range = parseAddressRange(text);
  const blocks = rangeToBlocks(range.first, range.last);
  if (context.json) {
    const { blockJson } = await import('../../render/block-json.js');
    context.io.stdout.write(
      blocks.map((block) => `${JSON.stringify(blockJson(block))}\n`).join(''),
    );
    return 0;
  }
  const { renderRangeBlocks } = await import('../../render/block-list.js');
  context.io.stdout.write(renderRangeBlocks(range, blocks));
  return 0;
}

/** Refuses an option or argument that the chosen form of subnet does not take, saying why. */
function refuseExtra(form: string, why: string, extra: Record<string, string | undefined>): void {
  for (const [what, value] of Object.entries(extra)) {
    if (value === undefined) continue;
    throw new InputError('option-not-for-form', { what, value: JSON.stringify(value), form, why });
  }
}

/** `netlab subnet ADDR/PREFIX` or `--stdin`: network, broadcast, host range and count. */
export const subnetCommand = defineCommand({
  command: 'subnet [address] [mask]',
  describe: 'Subnet facts; split a block into subnets; a range as CIDR blocks',
  group: 'calculators',
  example: 'netlab subnet 192.168.1.77/26',
  builder: (yargs) =>
    yargs
      .positional('address', {
        type: 'string',
        describe: 'subnet-address',
      })
      .positional('mask', { type: 'string', describe: 'subnet-mask' })
      .option('count', { type: 'string', describe: 'subnet-count' })
      .option('limit', { type: 'string', describe: 'subnet-limit' })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'subnet-stdin',
      })
      .example('$0 subnet 192.168.1.77/26', 'prefix on the address')
      .example('$0 subnet 192.168.1.77 255.255.255.192', 'dotted mask')
      .example('$0 subnet 2001:db8::1/64 --json', 'IPv6, machine-readable')
      .example('$0 subnet 192.168.1.0/24 /26', 'split a block into /26 subnets')
      .example('$0 subnet 192.168.1.0/24 --count 4', 'split a block into 4 equal subnets')
      .example('$0 subnet 10.0.0.5-10.0.0.20', 'the fewest CIDR blocks that cover a range'),
  run: async (argv, context) => {
    const { address, mask, count, limit } = argv;
    if (argv.stdin) {
      refuseExtra('--stdin', 'a batch answers one subnet a line', {
        '--count': count,
        '--limit': limit,
      });
      return answerStdin(
        [address, mask].filter((field) => field !== undefined),
        context,
      );
    }
    if (address === undefined) {
      throw new InputError('subnet-needs-input');
    }
    // A leading "-" is a negative-looking value passed after "--", not a range.
    if (address.indexOf('-') > 0) {
      refuseExtra(
        `the range ${JSON.stringify(address)}`,
        'a range is cut into blocks by itself; give it alone',
        {
          'the mask': mask,
          '--count': count,
          '--limit': limit,
        },
      );
      return answerRange(address, context);
    }
    if (count !== undefined) {
      refuseExtra(
        `--count ${JSON.stringify(count)}`,
        'each gives the size of the subnets; give one or the other',
        {
          'the prefix': mask,
        },
      );
      return answerSplit({ parent: address, prefix: undefined, count, limit }, context);
    }
    // "10.0.0.1/ 8" is a prefix split off by a space, which the single-subnet parser explains.
    if (address.includes('/') && !address.endsWith('/') && mask !== undefined) {
      return answerSplit({ parent: address, prefix: mask, count, limit }, context);
    }
    refuseExtra('one subnet', '--limit is for a split, such as "netlab subnet 10.0.0.0/8 /16"', {
      '--limit': limit,
    });
    return answerOnce(address, mask, context);
  },
});
