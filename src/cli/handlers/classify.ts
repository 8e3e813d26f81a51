import { classifyBatchHandler } from '../../batch/careful-handlers.js';
import { classifyAnswerer } from '../../batch/fast-batch.js';
import { answerForm, refuseArgumentsWithStdin, runBatch } from '../../batch/run-batch.js';
import { type CommandContext, contextLang } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { renderClassification } from '../../render/classify-text.js';
import { palette } from '../../render/palette.js';
import type { ArgsOf } from '../command.js';
import type { classifyCommand } from '../commands/classify.js';

function classifyArguments(addresses: readonly string[], context: CommandContext): ExitCode {
  const { compute, toJson } = classifyBatchHandler;
  const results = addresses.map(compute);
  const colors = palette(context.color);
  const lang = contextLang(context);
  context.io.stdout.write(
    context.json
      ? results.map((result) => `${JSON.stringify(toJson(result))}\n`).join('')
      : results.map((result) => renderClassification(result, colors, lang)).join('\n'),
  );
  return 0;
}

export async function run(
  argv: ArgsOf<typeof classifyCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const addresses = argv.addresses ?? [];
  if (argv.stdin) {
    refuseArgumentsWithStdin(addresses);
    const handler = classifyBatchHandler;
    return runBatch(handler, context, classifyAnswerer(handler, answerForm(context)));
  }
  if (addresses.length === 0) throw new InputError('classify-needs-input');
  return classifyArguments(addresses, context);
}
