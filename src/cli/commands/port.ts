import { NetlabError } from '../../errors.js';
import { defineCommand } from '../command.js';

// Placeholder until this command is written; the owner replaces this whole file.
export const portCommand = defineCommand({
  command: 'port [ports..]',
  describe: 'Is a port valid, which IANA range is it in, what usually runs on it',
  group: 'calculators',
  example: 'netlab port 80 3306 50000',
  builder: (yargs) => yargs,
  run: async () => {
    throw new NetlabError('not-implemented', 'port is not written yet');
  },
});
