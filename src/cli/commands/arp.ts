import { commandSpec } from '../command.js';
import { langOption } from './_lang-option.js';

/** Plays the ARP simulation on the default LAN, or between the hosts chosen with --from/--to. */
export const arpCommand = commandSpec({
  command: 'arp',
  describe: 'Simulate ARP on a small LAN: switch learning, broadcast, reply, cache',
  group: 'lessons',
  example: 'netlab arp --from 192.168.1.10 --to 192.168.1.20',
  builder: (yargs) =>
    yargs
      .option('from', {
        type: 'string',
        describe: 'arp-from',
      })
      .option('to', {
        type: 'string',
        describe: 'arp-to',
      })
      .option('mask', {
        type: 'string',
        describe: 'arp-mask',
      })
      .option('lang', langOption('arp-lang')),
});
