import { commandSpec } from '../command.js';
import { langOption } from './_lang-option.js';

/** The most payload one Ethernet frame carries over TCP/IPv4: MTU 1500 - 20 - 20. */
export const MAX_PAYLOAD = 1460;

/** Shows the five-layer model and wraps a payload in real TCP, IPv4 and Ethernet bytes. */
export const layersCommand = commandSpec({
  command: 'layers',
  describe: 'Wrap a payload in real TCP, IPv4 and Ethernet headers, byte by byte',
  group: 'lessons',
  example: 'netlab layers --payload "GET / HTTP/1.1"',
  builder: (yargs) =>
    yargs
      .option('payload', {
        type: 'string',
        describe: 'layers-payload',
        describeParams: { max: MAX_PAYLOAD },
      })
      .option('pcap', {
        type: 'string',
        describe: 'layers-pcap',
      })
      .option('lang', langOption('layers-lang')),
});
