import { commandSpec } from '../command.js';

/** `netlab classify ADDR...` or `--stdin`: special-purpose blocks, private, globally reachable. */
export const classifyCommand = commandSpec({
  command: 'classify [addresses..]',
  describe: 'Which IANA special-purpose block an address is in; private or public',
  group: 'calculators',
  example: 'netlab classify 10.1.2.3 100.64.0.1 ::ffff:127.0.0.1',
  builder: (yargs) =>
    yargs
      .positional('addresses', {
        type: 'string',
        array: true,
        describe: 'classify-addresses',
      })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'classify-stdin',
      }),
});
