import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import { defineCommand } from '../command.js';

/** The arguments of `netlab receive` as yargs hands them over. */
interface ReceiveArgs {
  readonly host: string;
  readonly port?: string | undefined;
  readonly dir?: string | undefined;
  readonly once: boolean;
  readonly force: boolean;
  readonly timeout?: string | undefined;
}

/** The port `netlab receive` listens on without --port (the transfer demo's). */
const DEFAULT_RECEIVE_PORT = 9518;

async function runReceive(args: ReceiveArgs, context: CommandContext): Promise<ExitCode> {
  const { resolve } = await import('node:path');
  const transfer = await import('../../transfer/index.js');
  const { parseHost, parsePort, isWildcard } = await import('../../net/parse-endpoint.js');
  const { interfaceAddresses } = await import('../../net/interface-addresses.js');
  const { endpoint } = await import('../../net/socket-error.js');
  const { io } = context;
  const host = parseHost(args.host);
  const port = args.port === undefined ? DEFAULT_RECEIVE_PORT : parsePort(args.port, 'server');
  const timeoutMs =
    args.timeout === undefined ? transfer.DEFAULT_TIMEOUT_MS : transfer.parseTimeout(args.timeout);
  const dir = resolve(io.cwd, args.dir ?? '.');
  const reporter = new transfer.TransferReporter(
    { stdout: io.stdout, stderr: io.stderr, stderrIsTTY: io.stderrIsTTY, columns: io.columns },
    { json: context.json },
  );
  try {
    const receiver = await transfer.startReceiver({
      host,
      port,
      dir,
      force: args.force,
      once: args.once,
      timeoutMs,
      signal: context.signal,
      onEvent: reporter.listener,
    });
    const family = host.includes(':') ? 'IPv6' : 'IPv4';
    const reachable = isWildcard(host)
      ? interfaceAddresses()
          .filter((entry) => entry.family === family && !entry.internal)
          .map((entry) => endpoint(entry.address, receiver.port))
      : [endpoint(host, receiver.port)];
    const sendTo =
      reachable.length > 0
        ? reachable
        : [endpoint(host === '::' ? '::1' : '127.0.0.1', receiver.port)];
    if (isWildcard(host)) {
      io.stderr.write(
        `warning: ${endpoint(host, receiver.port)} is open to any machine that can reach this one\n`,
      );
    }
    if (context.json) {
      io.stdout.write(
        `${JSON.stringify({ event: 'listen', host, port: receiver.port, dir, created: receiver.created, once: args.once, sendTo })}\n`,
      );
    } else {
      if (receiver.created) io.stdout.write(`created the folder ${dir}\n`);
      io.stdout.write(
        `listening on ${endpoint(host, receiver.port)}, saving into ${dir}${args.once ? ' (one connection)' : ' (Ctrl-C stops)'}\n${sendTo.map((to) => `send here with: netlab send FILE --to ${to}`).join('\n')}\n`,
      );
    }
    const summary = await receiver.done;
    return summary.failed === 0 ? 0 : 1;
  } finally {
    reporter.stop();
  }
}

/** `netlab receive`: listens and saves verified files sent with `netlab send`. */
export const receiveCommand = defineCommand({
  command: 'receive',
  describe: 'Receive files sent with "netlab send" into a folder',
  group: 'demos',
  example: 'netlab receive --port 9518 --dir downloads',
  builder: (yargs) =>
    yargs
      .option('host', {
        type: 'string',
        default: '127.0.0.1',
        describe: 'receive-host',
      })
      .option('port', {
        type: 'string',
        describe: `port to listen on (default ${DEFAULT_RECEIVE_PORT}; 0 picks any free port)`,
      })
      .option('dir', { type: 'string', describe: 'receive-dir' })
      .option('once', {
        type: 'boolean',
        default: false,
        describe: 'receive-once',
      })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: 'receive-force',
      })
      .option('timeout', {
        type: 'string',
        describe: 'receive-timeout',
      }),
  run: (argv, context) => runReceive(argv as ReceiveArgs, context),
});
