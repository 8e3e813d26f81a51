import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const macCommand = defineCommand({
  command: 'mac <address>',
  describe: 'Decode a MAC address: OUI, device part, unicast/multicast, local/universal',
  group: 'calculators',
  example: 'netlab mac 00:1A:2B:3C:4D:5E',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'mac is not written yet');
  },
});
