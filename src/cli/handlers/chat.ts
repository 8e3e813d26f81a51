import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import { runChat } from '../../demos/chat.js';
import { parseChatOptions } from '../../demos/parse-chat-options.js';
import type { ArgsOf } from '../command.js';
import type { chatCommand } from '../commands/chat.js';

export async function run(
  argv: ArgsOf<typeof chatCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const options = parseChatOptions({ role: argv.role, host: argv.host, port: argv.port });
  return runChat(options, context);
}
