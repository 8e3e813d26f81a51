import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const tourCommand = defineCommand({
  command: 'tour',
  describe: 'Play every lesson in order',
  group: 'lessons',
  example: 'netlab tour --no-pause',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'tour is not written yet');
  },
});
