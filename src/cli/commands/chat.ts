import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const chatCommand = defineCommand({
  command: 'chat',
  describe: 'A UDP chat between two terminals or two machines',
  group: 'demos',
  example: 'netlab chat --role server',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'chat is not written yet');
  },
});
