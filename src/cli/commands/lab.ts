import { EXPERIMENTS, LAB_VERBS } from '../../lab/experiment-ids.js';
import { commandSpec } from '../command.js';

/** `netlab lab ...`: a real LAN in network namespaces, its verbs and its guided experiments. */
export const labCommand = commandSpec({
  command: 'lab <what> [rest..]',
  describe: 'A real LAN in namespaces, no root: lab up, lab arp, lab gateway',
  group: 'demos',
  example: 'netlab lab arp',
  builder: (yargs) =>
    yargs
      .parserConfiguration({ 'populate--': true })
      .positional('what', {
        type: 'string',
        demandOption: true,
        describe: 'lab-what',
        describeParams: { verbs: LAB_VERBS.join(', '), experiments: EXPERIMENTS.join(', ') },
      })
      .positional('rest', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe: 'lab-rest',
      })
      .option('name', {
        type: 'string',
        default: 'default',
        describe: 'lab-name',
      })
      .option('on', {
        type: 'string',
        describe: 'lab-on',
      })
      .option('pcap', {
        type: 'string',
        describe: 'lab-pcap',
      })
      .option('seconds', {
        type: 'string',
        describe: 'lab-seconds',
      })
      .option('foreground', {
        type: 'boolean',
        default: false,
        describe: 'lab-foreground',
      })
      .example('netlab lab up', 'lab-example-1')
      .example('netlab lab run A -- ping -c 1 192.168.1.20', 'lab-example-2')
      .example('netlab lab arp --pcap arp.pcap', 'lab-example-3'),
});
