import { commandSpec } from '../command.js';

/** `netlab summarize BLOCK...`: the fewest CIDR blocks that cover the same addresses. */
export const summarizeCommand = commandSpec({
  command: 'summarize [blocks..]',
  aliases: ['summarise', 'supernet'],
  describe: 'Summarise blocks, addresses and ranges into the fewest CIDR blocks',
  group: 'calculators',
  example: 'netlab summarize 192.168.0.0/24 192.168.1.0/24',
  builder: (yargs) =>
    yargs
      .positional('blocks', {
        type: 'string',
        array: true,
        describe: 'summarize-blocks',
      })
      .example('$0 summarize 192.168.0.0/24 192.168.1.0/24', 'summarize-example-1')
      .example('$0 summarize 10.0.0.0/25 10.0.0.128/26 10.0.0.200', 'summarize-example-2')
      .example('$0 summarize 2001:db8::/49 2001:db8:0:8000::/49 --json', 'summarize-example-3'),
});
