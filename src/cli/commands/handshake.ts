import { commandSpec } from '../command.js';
import { langOption } from './_lang-option.js';

/** The most data the simulated client sends in its one data segment: Ethernet's MSS. */
export const MAX_DATA = 1460;

/** Plays the TCP handshake, an optional data segment and the four-way close. */
export const handshakeCommand = commandSpec({
  command: 'handshake',
  describe: 'The TCP three-way handshake and four-way close, with states and numbers',
  group: 'lessons',
  example: 'netlab handshake --data hello',
  builder: (yargs) =>
    yargs
      .option('isn-client', {
        type: 'string',
        describe: 'handshake-isn-client',
      })
      .option('isn-server', {
        type: 'string',
        describe: 'handshake-isn-server',
      })
      .option('random-isn', {
        type: 'boolean',
        default: false,
        describe: 'handshake-random-isn',
      })
      .option('data', {
        type: 'string',
        describe: 'handshake-data',
        describeParams: { max: MAX_DATA },
      })
      .option('lang', langOption('handshake-lang')),
});
