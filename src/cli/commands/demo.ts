import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import type { DemoName, DemoOptions } from '../../demos/demo-options.js';
// The one value import besides command.js: a constants-only module with no imports of its own,
// for the help text. Names are checked in parseDemoOptions, whose message lists the valid ones
// (yargs' `choices` would reach the user as a bare "invalid values").
import { DEMO_NAMES } from '../../demos/demo-options.js';
import { defineCommand } from '../command.js';

type DemoRunner = (options: DemoOptions, context: CommandContext) => Promise<ExitCode>;

/** Each demo's code, loaded only when that demo runs. */
const RUNNERS: Readonly<Record<DemoName, () => Promise<DemoRunner>>> = {
  tcp: async () => (await import('../../demos/tcp-demo.js')).runTcpDemo,
  sticky: async () => (await import('../../demos/sticky-demo.js')).runStickyDemo,
  udp: async () => (await import('../../demos/udp-demo.js')).runUdpDemo,
  ports: async () => (await import('../../demos/ports-demo.js')).runPortsDemo,
  bind: async () => (await import('../../demos/bind-demo.js')).runBindDemo,
  http: async () => (await import('../../demos/http-demo.js')).runHttpDemo,
  transfer: async () => {
    const { runTransferDemo } = await import('../../demos/transfer-demo.js');
    return runTransferDemo;
  },
};

/** `netlab demo NAME`: one real-socket demo, both ends here or one end with --role. */
export const demoCommand = defineCommand({
  command: 'demo [name]',
  describe: 'A socket demo on 127.0.0.1: tcp sticky udp ports bind http transfer',
  group: 'demos',
  example: 'netlab demo sticky',
  builder: (yargs) =>
    yargs
      .positional('name', {
        type: 'string',
        describe: `which demo: ${DEMO_NAMES.join(', ')}`,
      })
      .option('role', {
        type: 'string',
        describe: 'demo-role',
      })
      .option('host', {
        type: 'string',
        describe: 'demo-host',
      })
      .option('port', {
        type: 'string',
        describe: 'demo-port',
      })
      .option('broken', {
        type: 'boolean',
        default: false,
        describe: 'demo-broken',
      })
      .example('netlab demo sticky', 'demo-example-1')
      .example('netlab demo tcp --role server', 'demo-example-2'),
  run: async (argv, context) => {
    const { parseDemoOptions } = await import('../../demos/parse-demo-options.js');
    const options = parseDemoOptions({
      name: argv.name,
      role: argv.role,
      host: argv.host,
      port: argv.port,
      broken: argv.broken,
    });
    const runner = await RUNNERS[options.name]();
    return runner(options, context);
  },
});
