import { commandSpec } from '../command.js';
import { langOption } from './_lang-option.js';

/** Decodes one MAC address given on the command line, or one per stdin line with --stdin. */
export const macCommand = commandSpec({
  command: 'mac [address]',
  describe: 'Decode a MAC address: OUI and vendor, unicast/multicast, local/universal',
  group: 'calculators',
  example: 'netlab mac 00:1A:2B:3C:4D:5E',
  builder: (yargs) =>
    yargs
      .positional('address', {
        type: 'string',
        describe: 'mac-address',
      })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'mac-stdin',
      })
      .option('lang', langOption('mac-lang')),
});
