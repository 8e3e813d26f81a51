import { commandSpec } from '../command.js';

/** `netlab mask VALUE`: a mask as dotted, prefix, wildcard and binary. */
export const maskCommand = commandSpec({
  command: 'mask [value]',
  describe: 'Convert a mask: dotted, prefix, wildcard and binary',
  group: 'calculators',
  example: 'netlab mask 255.255.240.0',
  builder: (yargs) =>
    yargs
      .positional('value', {
        type: 'string',
        describe: 'mask-value',
      })
      .option('ipv6', {
        alias: '6',
        type: 'boolean',
        default: false,
        describe: 'mask-ipv6',
      })
      .option('wildcard', {
        type: 'boolean',
        default: false,
        describe: 'mask-wildcard',
      })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'mask-stdin',
      })
      .example('$0 mask 255.255.240.0', 'mask-example-1')
      .example('$0 mask /20', 'mask-example-2')
      .example('$0 mask --wildcard 0.0.15.255', 'mask-example-3')
      .example('$0 mask --ipv6 64', 'mask-example-4')
      .example('$0 mask --stdin < masks.txt', 'mask-example-5'),
});
