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
        describe:
          'read one mask or prefix a line from stdin; one answer a line (NDJSON with --json)',
      })
      .example('$0 mask 255.255.240.0', 'dotted to prefix, wildcard, binary')
      .example('$0 mask /20', 'prefix to dotted')
      .example('$0 mask --wildcard 0.0.15.255', 'a Cisco-style wildcard')
      .example('$0 mask --ipv6 64', 'an IPv6 prefix')
      .example('$0 mask --stdin < masks.txt', 'one mask a line, one answer a line'),
});
