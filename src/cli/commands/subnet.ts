import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const subnetCommand = defineCommand({
  command: 'subnet <address> [mask]',
  describe: 'Subnet facts: network, broadcast, host range and count, mask and wildcard',
  group: 'calculators',
  example: 'netlab subnet 192.168.1.77/26',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'subnet is not written yet');
  },
});
