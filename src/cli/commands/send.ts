import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import { defineCommand } from '../command.js';

/** The arguments of `netlab send` as yargs hands them over. */
interface SendArgs {
  readonly files: readonly string[];
  readonly to: string;
  readonly timeout?: string | undefined;
}

async function runSend(args: SendArgs, context: CommandContext): Promise<ExitCode> {
  const { resolve } = await import('node:path');
  const transfer = await import('../../transfer/index.js');
  const target = transfer.parseTarget(args.to);
  const timeoutMs =
    args.timeout === undefined ? transfer.DEFAULT_TIMEOUT_MS : transfer.parseTimeout(args.timeout);
  const { io } = context;
  const reporter = new transfer.TransferReporter(
    { stdout: io.stdout, stderr: io.stderr, stderrIsTTY: io.stderrIsTTY, columns: io.columns },
    { json: context.json },
  );
  try {
    await transfer.sendFiles(
      args.files.map((file) => resolve(io.cwd, file)),
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

/** `netlab send FILE... --to HOST:PORT`: sends files to `netlab receive`, verified end to end. */
export const sendCommand = defineCommand({
  command: 'send <files..>',
  describe: 'Send files over TCP with framing and a SHA-256 check',
  group: 'demos',
  example: 'netlab send video.mp4 --to 127.0.0.1:9518',
  builder: (yargs) =>
    yargs
      .positional('files', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'send-files',
      })
      .option('to', {
        type: 'string',
        demandOption: true,
        describe: 'send-to',
      })
      .option('timeout', {
        type: 'string',
        describe: 'send-timeout',
      }),
  run: (argv, context) => runSend(argv as SendArgs, context),
});
