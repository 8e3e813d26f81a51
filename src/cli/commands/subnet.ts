import { commandSpec } from '../command.js';

/** `netlab subnet ADDR/PREFIX` or `--stdin`: network, broadcast, host range and count. */
export const subnetCommand = commandSpec({
  command: 'subnet [address] [mask]',
  describe: 'Subnet facts; split a block into subnets; a range as CIDR blocks',
  group: 'calculators',
  example: 'netlab subnet 192.168.1.77/26',
  builder: (yargs) =>
    yargs
      .positional('address', {
        type: 'string',
        describe: 'subnet-address',
      })
      .positional('mask', { type: 'string', describe: 'subnet-mask' })
      .option('count', { type: 'string', describe: 'subnet-count' })
      .option('limit', { type: 'string', describe: 'subnet-limit' })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'subnet-stdin',
      })
      .example('$0 subnet 192.168.1.77/26', 'subnet-example-1')
      .example('$0 subnet 192.168.1.77 255.255.255.192', 'subnet-example-2')
      .example('$0 subnet 2001:db8::1/64 --json', 'subnet-example-3')
      .example('$0 subnet 192.168.1.0/24 /26', 'subnet-example-4')
      .example('$0 subnet 192.168.1.0/24 --count 4', 'subnet-example-5')
      .example('$0 subnet 10.0.0.5-10.0.0.20', 'subnet-example-6'),
});
