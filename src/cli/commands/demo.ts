// A constants-only module with no imports of its own, for the help text. Names are checked in
// parseDemoOptions, whose message lists the valid ones (yargs' `choices` would reach the user as a
// bare "invalid values").
import { DEMO_NAMES } from '../../demos/demo-options.js';
import { commandSpec } from '../command.js';
import { langOption } from './_lang-option.js';

/** `netlab demo NAME`: one real-socket demo, both ends here or one end with --role. */
export const demoCommand = commandSpec({
  command: 'demo [name]',
  describe: 'A socket demo on 127.0.0.1: tcp sticky udp ports bind http transfer',
  group: 'demos',
  example: 'netlab demo sticky',
  builder: (yargs) =>
    yargs
      .positional('name', {
        type: 'string',
        describe: 'demo-name',
        describeParams: { names: DEMO_NAMES.join(', ') },
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
      .option('lang', langOption('demo-lang'))
      .example('netlab demo sticky', 'demo-example-1')
      .example('netlab demo tcp --role server', 'demo-example-2'),
});
