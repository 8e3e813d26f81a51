import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const handshakeCommand = defineCommand({
  command: 'handshake',
  describe: 'The TCP three-way handshake and four-way close, with states and numbers',
  group: 'lessons',
  example: 'netlab handshake',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'handshake is not written yet');
  },
});
