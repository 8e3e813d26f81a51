import { commandSpec } from '../command.js';

/** `netlab port PORT...`: range, services and, with --check, bind status on loopback. */
export const portCommand = commandSpec({
  command: 'port [ports..]',
  describe: 'Which IANA range a port is in, what runs on it; or the port of a service',
  group: 'calculators',
  example: 'netlab port 80 3306 50000',
  builder: (yargs) =>
    yargs
      .positional('ports', {
        type: 'string',
        array: true,
        describe: 'port-ports',
      })
      .option('check', {
        type: 'boolean',
        default: false,
        describe: 'port-check',
      })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'port-stdin',
      })
      .example('$0 port 443', 'port-example-1')
      .example('$0 port ssh', 'port-example-2')
      .example('$0 port 80,443 1-1024', 'port-example-3')
      .example('$0 port --check 8080', 'port-example-4'),
});
