import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const arpCommand = defineCommand({
  command: 'arp',
  describe: 'Simulate ARP on a small LAN: switch learning, broadcast, reply, cache',
  group: 'lessons',
  example: 'netlab arp --from 192.168.1.10 --to 192.168.1.20',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'arp is not written yet');
  },
});
