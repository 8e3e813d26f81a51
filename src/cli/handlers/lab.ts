import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import { runLabCommand } from '../../lab/lab-cli.js';
import type { ArgsOf } from '../command.js';
import type { labCommand } from '../commands/lab.js';

export async function run(
  argv: ArgsOf<typeof labCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const passed = (argv as { '--'?: unknown[] })['--'] ?? [];
  return runLabCommand(
    {
      what: argv.what,
      rest: [...(argv.rest ?? []), ...passed].map(String),
      name: argv.name,
      on: argv.on,
      pcap: argv.pcap,
      seconds: argv.seconds,
      foreground: argv.foreground,
    },
    context,
  );
}
