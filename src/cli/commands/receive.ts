import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const receiveCommand = defineCommand({
  command: 'receive',
  describe: 'Receive files sent with "netlab send" into a folder',
  group: 'demos',
  example: 'netlab receive --port 9000 --dir downloads',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'receive is not written yet');
  },
});
