import { resolve } from 'node:path';
import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import { interfaceAddresses } from '../../net/interface-addresses.js';
import { isWildcard, parseHost, parsePort } from '../../net/parse-endpoint.js';
import { endpoint } from '../../net/socket-error.js';
import * as transfer from '../../transfer/index.js';
import type { ArgsOf } from '../command.js';
import { DEFAULT_RECEIVE_PORT, type receiveCommand } from '../commands/receive.js';

export async function run(
  argv: ArgsOf<typeof receiveCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context;
  const host = parseHost(argv.host);
  const port = argv.port === undefined ? DEFAULT_RECEIVE_PORT : parsePort(argv.port, 'server');
  const timeoutMs =
    argv.timeout === undefined ? transfer.DEFAULT_TIMEOUT_MS : transfer.parseTimeout(argv.timeout);
  const dir = resolve(io.cwd, argv.dir ?? '.');
  const reporter = new transfer.TransferReporter(
    { stdout: io.stdout, stderr: io.stderr, stderrIsTTY: io.stderrIsTTY, columns: io.columns },
    { json: context.json, ...(context.lang === undefined ? {} : { lang: context.lang }) },
  );
  try {
    const receiver = await transfer.startReceiver({
      host,
      port,
      dir,
      force: argv.force,
      once: argv.once,
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
        `${JSON.stringify({ event: 'listen', host, port: receiver.port, dir, created: receiver.created, once: argv.once, sendTo })}\n`,
      );
    } else {
      if (receiver.created) io.stdout.write(`created the folder ${dir}\n`);
      io.stdout.write(
        `listening on ${endpoint(host, receiver.port)}, saving into ${dir}${argv.once ? ' (one connection)' : ' (Ctrl-C stops)'}\n${sendTo.map((to) => `send here with: netlab send FILE --to ${to}`).join('\n')}\n`,
      );
    }
    const summary = await receiver.done;
    return summary.failed === 0 ? 0 : 1;
  } finally {
    reporter.stop();
  }
}
