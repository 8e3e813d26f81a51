import { subnetBatchHandler } from '../../batch/careful-handlers.js';
import { subnetAnswerer } from '../../batch/fast-batch.js';
import { answerForm, refuseArgumentsWithStdin, runBatch } from '../../batch/run-batch.js';
import { parseBlock } from '../../calc/ip-block.js';
import { parseAddressRange } from '../../calc/parse-address-range.js';
import { parseCount } from '../../calc/parse-count.js';
import { parseHostSpec } from '../../calc/parse-host-spec.js';
import { parseMask } from '../../calc/parse-mask.js';
import { rangeToBlocks } from '../../calc/range-to-blocks.js';
import { splitIntoCount, splitSubnet, subnetsOf } from '../../calc/split-subnet.js';
import { subnetFacts } from '../../calc/subnet-facts.js';
import { type CommandContext, contextLang } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { type MessageValue, type Reason, reason } from '../../core/reason.js';
import { blockJson, splitSubnetJson } from '../../render/block-json.js';
import { renderRangeBlocks } from '../../render/block-list.js';
import { palette } from '../../render/palette.js';
import { renderSplit } from '../../render/split-list.js';
import { subnetJson } from '../../render/subnet-json.js';
import { renderSubnet } from '../../render/subnet-table.js';
import type { ArgsOf } from '../command.js';
import type { subnetCommand } from '../commands/subnet.js';

function answerStdin(given: readonly string[], context: CommandContext): Promise<ExitCode> {
  refuseArgumentsWithStdin(given);
  const handler = subnetBatchHandler;
  return runBatch(handler, context, subnetAnswerer(handler, answerForm(context)));
}

function answerOnce(address: string, mask: string | undefined, context: CommandContext): ExitCode {
  const facts = subnetFacts(parseHostSpec(address, mask));
  context.io.stdout.write(
    context.json
      ? `${JSON.stringify(subnetJson(facts))}\n`
      : renderSubnet(facts, palette(context.color), contextLang(context)),
  );
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

function answerSplit(question: SplitQuestion, context: CommandContext): ExitCode {
  const parent = parseBlock(question.parent);
  const limit =
    question.limit === undefined
      ? DEFAULT_LIMIT
      : parseCount(question.limit, { option: '--limit', max: MAX_LIMIT });
  const answer =
    question.count === undefined
      ? splitSubnet(parent, parseMask(question.prefix ?? '', { version: parent.version }).prefix)
      : splitIntoCount(parent, parseCount(question.count, { option: '--count', max: 1n << 128n }));
  if (context.json) {
    const lines: string[] = [];
    let index = 0n;
    for (const block of subnetsOf(answer, limit)) {
      lines.push(`${JSON.stringify(splitSubnetJson(answer, index, block))}\n`);
      index += 1n;
    }
    context.io.stdout.write(lines.join(''));
    return 0;
  }
  context.io.stdout.write(
    renderSplit(answer, { limit, maxLimit: MAX_LIMIT, lang: contextLang(context) }),
  );
  return 0;
}

function answerRange(text: string, context: CommandContext): ExitCode {
  const range = parseAddressRange(text);
  const blocks = rangeToBlocks(range.first, range.last);
  if (context.json) {
    context.io.stdout.write(
      blocks.map((block) => `${JSON.stringify(blockJson(block))}\n`).join(''),
    );
    return 0;
  }
  context.io.stdout.write(renderRangeBlocks(range, blocks, contextLang(context)));
  return 0;
}

/** Refuses an option or argument that the chosen form of subnet does not take, saying why. */
function refuseExtra(
  form: MessageValue,
  why: Reason,
  extra: readonly (readonly [what: MessageValue, value: string | undefined])[],
): void {
  for (const [what, value] of extra) {
    if (value === undefined) continue;
    throw new InputError('option-not-for-form', { what, value: JSON.stringify(value), form, why });
  }
}

export async function run(
  argv: ArgsOf<typeof subnetCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const { address, mask, count, limit } = argv;
  if (argv.stdin) {
    refuseExtra('--stdin', reason('subnet-why-stdin'), [
      ['--count', count],
      ['--limit', limit],
    ]);
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
      reason('subnet-form-range', { range: JSON.stringify(address) }),
      reason('subnet-why-range'),
      [
        [reason('subnet-part-mask'), mask],
        ['--count', count],
        ['--limit', limit],
      ],
    );
    return answerRange(address, context);
  }
  if (count !== undefined) {
    refuseExtra(`--count ${JSON.stringify(count)}`, reason('subnet-why-count'), [
      [reason('subnet-part-prefix'), mask],
    ]);
    return answerSplit({ parent: address, prefix: undefined, count, limit }, context);
  }
  // "10.0.0.1/ 8" is a prefix split off by a space, which the single-subnet parser explains.
  if (address.includes('/') && !address.endsWith('/') && mask !== undefined) {
    return answerSplit({ parent: address, prefix: mask, count, limit }, context);
  }
  refuseExtra(reason('subnet-form-one'), reason('subnet-why-limit'), [['--limit', limit]]);
  return answerOnce(address, mask, context);
}
