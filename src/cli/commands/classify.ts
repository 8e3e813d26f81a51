import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const classifyCommand = defineCommand({
  command: 'classify [addresses..]',
  describe: 'Which IANA special-purpose block an address is in; private or public',
  group: 'calculators',
  example: 'netlab classify 10.1.2.3 100.64.0.1 ::ffff:127.0.0.1',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'classify is not written yet');
  },
});
