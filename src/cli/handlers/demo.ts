import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import { runBindDemo } from '../../demos/bind-demo.js';
import type { DemoName, DemoOptions } from '../../demos/demo-options.js';
import { runHttpDemo } from '../../demos/http-demo.js';
import { parseDemoOptions } from '../../demos/parse-demo-options.js';
import { runPortsDemo } from '../../demos/ports-demo.js';
import { runStickyDemo } from '../../demos/sticky-demo.js';
import { runTcpDemo } from '../../demos/tcp-demo.js';
import { runTransferDemo } from '../../demos/transfer-demo.js';
import { runUdpDemo } from '../../demos/udp-demo.js';
import type { ArgsOf } from '../command.js';
import type { demoCommand } from '../commands/demo.js';

type DemoRunner = (options: DemoOptions, context: CommandContext) => Promise<ExitCode>;

const RUNNERS: Readonly<Record<DemoName, DemoRunner>> = {
  tcp: runTcpDemo,
  sticky: runStickyDemo,
  udp: runUdpDemo,
  ports: runPortsDemo,
  bind: runBindDemo,
  http: runHttpDemo,
  transfer: runTransferDemo,
};

export async function run(
  argv: ArgsOf<typeof demoCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const options = parseDemoOptions({
    name: argv.name,
    role: argv.role,
    host: argv.host,
    port: argv.port,
    broken: argv.broken,
  });
  return RUNNERS[options.name](options, context);
}
