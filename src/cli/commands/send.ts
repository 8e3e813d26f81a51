import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const sendCommand = defineCommand({
  command: 'send <files..>',
  describe: 'Send files over TCP with framing and a SHA-256 check',
  group: 'demos',
  example: 'netlab send video.mp4 --to 127.0.0.1:9000',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'send is not written yet');
  },
});
