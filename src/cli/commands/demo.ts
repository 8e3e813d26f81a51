import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const demoCommand = defineCommand({
  command: 'demo <name>',
  describe: 'A socket demo on 127.0.0.1: tcp sticky udp ports bind http transfer',
  group: 'demos',
  example: 'netlab demo sticky',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'demo is not written yet');
  },
});
