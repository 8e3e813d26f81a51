import { InputError } from '../../core/errors.js';
import { defineCommand } from '../command.js';

/** `netlab mask VALUE`: a mask as dotted, prefix, wildcard and binary. */
export const maskCommand = defineCommand({
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
      .example('$0 mask 255.255.240.0', 'mask-example-1')
      .example('$0 mask /20', 'mask-example-2')
      .example('$0 mask --wildcard 0.0.15.255', 'mask-example-3')
      .example('$0 mask --ipv6 64', 'mask-example-4'),
  run: async (argv, context) => {
    if (argv.value === undefined) {
      throw new InputError('mask-needs-input');
    }
    const [{ parseMask }, { maskFacts }] = await Promise.all([
      import('../../calc/parse-mask.js'),
      import('../../calc/mask-facts.js'),
    ]);
    const facts = maskFacts(
      parseMask(argv.value, { wildcard: argv.wildcard, ...(argv.ipv6 ? { version: 6 } : {}) }),
    );
    if (context.json) {
      const { maskJson } = await import('../../render/mask-json.js');
      context.io.stdout.write(`${JSON.stringify(maskJson(facts))}\n`);
      return 0;
    }
    const [{ renderMask }, { palette }] = await Promise.all([
      import('../../render/mask-table.js'),
      import('../../render/palette.js'),
    ]);
    context.io.stdout.write(renderMask(facts, palette(context.color)));
    return 0;
  },
});
