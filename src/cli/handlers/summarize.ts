import { collapseBlocks } from '../../calc/collapse-blocks.js';
import { parseBlockList } from '../../calc/parse-block-list.js';
import { type CommandContext, contextLang } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { blockJson } from '../../render/block-json.js';
import { renderSummary } from '../../render/block-list.js';
import type { ArgsOf } from '../command.js';
import type { summarizeCommand } from '../commands/summarize.js';

export async function run(
  argv: ArgsOf<typeof summarizeCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const texts = argv.blocks ?? [];
  if (texts.length === 0) throw new InputError('summarize-needs-input');
  const blocks = collapseBlocks(parseBlockList(texts));
  context.io.stdout.write(
    context.json
      ? blocks.map((block) => `${JSON.stringify(blockJson(block))}\n`).join('')
      : renderSummary(texts.length, blocks, contextLang(context)),
  );
  return 0;
}
