import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const maskCommand = defineCommand({
  command: 'mask <value>',
  describe: 'Convert a mask: dotted, prefix, wildcard and binary',
  group: 'calculators',
  example: 'netlab mask 255.255.240.0',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'mask is not written yet');
  },
});
