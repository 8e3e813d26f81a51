import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const layersCommand = defineCommand({
  command: 'layers',
  describe: 'Wrap a payload in real TCP, IPv4 and Ethernet headers, byte by byte',
  group: 'lessons',
  example: 'netlab layers --payload "GET / HTTP/1.1"',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'layers is not written yet');
  },
});
