import { sameSubnetBatchHandler } from '../../batch/careful-handlers.js';
import { sameSubnetAnswerer } from '../../batch/fast-batch.js';
import { answerForm, refuseArgumentsWithStdin, runBatch } from '../../batch/run-batch.js';
import { parseHostPair } from '../../calc/parse-host-pair.js';
import { sameSubnet } from '../../calc/same-subnet.js';
import { type CommandContext, contextLang } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { palette } from '../../render/palette.js';
import { sameSubnetJson } from '../../render/same-subnet-json.js';
import { renderSameSubnet } from '../../render/same-subnet-table.js';
import type { ArgsOf } from '../command.js';
import type { sameSubnetCommand } from '../commands/same-subnet.js';

function answerOnce(fields: readonly string[], context: CommandContext): ExitCode {
  const pair = parseHostPair(fields);
  const result = sameSubnet(pair.a, pair.b);
  context.io.stdout.write(
    context.json
      ? `${JSON.stringify(sameSubnetJson(result))}\n`
      : renderSameSubnet(result, palette(context.color), contextLang(context)),
  );
  return 0;
}

export async function run(
  argv: ArgsOf<typeof sameSubnetCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const fields = [argv.a, argv.b, argv.maskA, argv.maskB].filter(
    (field): field is string => field !== undefined,
  );
  if (argv.stdin) {
    refuseArgumentsWithStdin(fields);
    const handler = sameSubnetBatchHandler;
    return runBatch(handler, context, sameSubnetAnswerer(handler, answerForm(context)));
  }
  if (fields.length < 2) throw new InputError('same-subnet-needs-input');
  return answerOnce(fields, context);
}
