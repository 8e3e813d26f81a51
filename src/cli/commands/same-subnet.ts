import { defineCommand } from '../command.js';

export const sameSubnetCommand = defineCommand({
  command: 'same-subnet <a> <b> [maskA] [maskB]',
  describe: 'Are two hosts on one segment? AND each address with its mask and compare',
  group: 'calculators',
  example: 'netlab same-subnet 192.168.1.5 192.168.1.77 255.255.255.0',
  builder: (yargs) =>
    yargs
      .positional('a', { type: 'string', demandOption: true, describe: 'first address' })
      .positional('b', { type: 'string', demandOption: true, describe: 'second address' })
      .positional('maskA', { type: 'string', describe: 'mask' })
      .positional('maskB', { type: 'string', describe: 'mask' }),
  run: async (argv, context) => {
    context.io.stdout.write(`${argv.a} ${argv.b} ${argv.maskA ?? ''}\n`);
    return 0;
  },
});
