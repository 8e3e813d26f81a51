import { resolve } from 'node:path';
import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import * as transfer from '../../transfer/index.js';
import type { ArgsOf } from '../command.js';
import type { sendCommand } from '../commands/send.js';

export async function run(
  argv: ArgsOf<typeof sendCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const target = transfer.parseTarget(argv.to);
  const timeoutMs =
    argv.timeout === undefined ? transfer.DEFAULT_TIMEOUT_MS : transfer.parseTimeout(argv.timeout);
  const { io } = context;
  const reporter = new transfer.TransferReporter(
    { stdout: io.stdout, stderr: io.stderr, stderrIsTTY: io.stderrIsTTY, columns: io.columns },
    { json: context.json, ...(context.lang === undefined ? {} : { lang: context.lang }) },
  );
  try {
    await transfer.sendFiles(
      argv.files.map((file) => resolve(io.cwd, file)),
      { ...target, timeoutMs, onEvent: reporter.listener, signal: context.signal },
    );
    return 0;
  } catch (error) {
    // Transfer failures were already reported (stderr line, JSON result); anything else is thrown.
    if (error instanceof transfer.TransferError) return 1;
    throw error;
  } finally {
    reporter.stop();
  }
}
