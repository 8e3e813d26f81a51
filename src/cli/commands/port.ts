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
        describe:
          'port numbers (0 to 65535), lists (80,443), ranges (1-1024) or service names (https)',
      })
      .option('check', {
        type: 'boolean',
        default: false,
        describe: 'also test whether each port is free to bind on 127.0.0.1 now (TCP and UDP)',
      })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'read one port, range or service name a line from stdin; one answer a line',
      })
      .example('$0 port 443', 'its range and the services on it')
      .example('$0 port ssh', 'the port a service uses')
      .example('$0 port 80,443 1-1024', 'a list, and a range in a few lines')
      .example('$0 port --check 8080', 'also: free to bind on 127.0.0.1 now?'),
});
