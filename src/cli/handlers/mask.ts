import { refuseArgumentsWithStdin, runBatch, splitFields } from '../../batch/run-batch.js';
import { maskFacts } from '../../calc/mask-facts.js';
import { parseMask } from '../../calc/parse-mask.js';
import { type CommandContext, contextLang } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { maskJson } from '../../render/mask-json.js';
import { maskLine } from '../../render/mask-line.js';
import { renderMask } from '../../render/mask-table.js';
import { palette } from '../../render/palette.js';
import type { ArgsOf } from '../command.js';
import type { maskCommand } from '../commands/mask.js';

/** How every mask of one run is read: as an IPv6 prefix, as a wildcard. */
interface MaskReading {
  readonly ipv6: boolean;
  readonly wildcard: boolean;
}

function readMask(text: string, reading: MaskReading) {
  return maskFacts(
    parseMask(text, { wildcard: reading.wildcard, ...(reading.ipv6 ? { version: 6 } : {}) }),
  );
}

function answerStdin(
  given: readonly string[],
  reading: MaskReading,
  context: CommandContext,
): Promise<ExitCode> {
  refuseArgumentsWithStdin(given);
  const compute = (line: string) => {
    const fields = splitFields(line);
    if (fields.length > 1) {
      throw new InputError('bad-mask-case', { count: fields.length });
    }
    return readMask(fields[0] ?? '', reading);
  };
  return runBatch({ compute, renderText: maskLine, toJson: maskJson }, context);
}

export async function run(
  argv: ArgsOf<typeof maskCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const reading = { ipv6: argv.ipv6, wildcard: argv.wildcard };
  if (argv.stdin) {
    return answerStdin(argv.value === undefined ? [] : [argv.value], reading, context);
  }
  if (argv.value === undefined) throw new InputError('mask-needs-input');
  const facts = readMask(argv.value, reading);
  context.io.stdout.write(
    context.json
      ? `${JSON.stringify(maskJson(facts))}\n`
      : renderMask(facts, palette(context.color), contextLang(context)),
  );
  return 0;
}
