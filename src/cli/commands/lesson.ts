import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const lessonCommand = defineCommand({
  command: 'lesson [id]',
  describe: 'List the lessons, or play one step by step',
  group: 'lessons',
  example: 'netlab lesson layers',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'lesson is not written yet');
  },
});
