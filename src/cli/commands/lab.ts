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
        describe: `a verb (${LAB_VERBS.join(', ')}) or an experiment (${EXPERIMENTS.join(', ')})`,
      })
      .positional('rest', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe: 'topology for up, HOST for run and shell',
      })
      .option('name', {
        type: 'string',
        default: 'default',
        describe: 'which running lab (lab up --name)',
      })
      .option('on', {
        type: 'string',
        describe: 'capture: the switch or cable (HOST-eth0) to capture on',
      })
      .option('pcap', {
        type: 'string',
        describe: 'also write the captured frames to this new pcap file',
      })
      .option('seconds', {
        type: 'string',
        describe: 'capture: stop after this many seconds (default: Ctrl-C, 600 at most)',
      })
      .option('foreground', {
        type: 'boolean',
        default: false,
        describe: 'up: keep the lab only while this command runs',
      })
      .example('netlab lab up', 'start hosts A, B, C on one switch (192.168.1.0/24)')
      .example('netlab lab run A -- ping -c 1 192.168.1.20', 'run a command on host A')
      .example('netlab lab arp --pcap arp.pcap', 'the ARP experiment, frames saved for Wireshark'),
});
