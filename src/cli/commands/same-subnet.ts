import { commandSpec } from '../command.js';

/** `netlab same-subnet A B [MASK]` or `--stdin`: are two hosts in one subnet, and who sees whom. */
export const sameSubnetCommand = commandSpec({
  command: 'same-subnet [a] [b] [maskA] [maskB]',
  describe: 'Are two hosts in one subnet? AND each address with its mask and compare',
  group: 'calculators',
  example: 'netlab same-subnet 192.168.1.5 192.168.1.77 255.255.255.0',
  builder: (yargs) =>
    yargs
      .positional('a', {
        type: 'string',
        describe: 'same-subnet-a',
      })
      .positional('b', { type: 'string', describe: 'same-subnet-b' })
      .positional('maskA', {
        type: 'string',
        describe: 'same-subnet-maskA',
      })
      .positional('maskB', { type: 'string', describe: 'same-subnet-maskB' })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'same-subnet-stdin',
      })
      .example('$0 same-subnet 192.168.1.5 192.168.1.77 /24', 'same-subnet-example-1')
      .example('$0 same-subnet 192.168.1.10/24 192.168.1.200/25', 'same-subnet-example-2')
      .example('$0 same-subnet --stdin --json < pairs.txt', 'same-subnet-example-3'),
});
