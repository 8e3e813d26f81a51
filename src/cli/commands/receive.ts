import { commandSpec } from '../command.js';

/** The port `netlab receive` listens on without --port (the transfer demo's). */
export const DEFAULT_RECEIVE_PORT = 9518;

/** `netlab receive`: listens and saves verified files sent with `netlab send`. */
export const receiveCommand = commandSpec({
  command: 'receive',
  describe: 'Receive files sent with "netlab send" into a folder',
  group: 'demos',
  example: 'netlab receive --port 9518 --dir downloads',
  builder: (yargs) =>
    yargs
      .option('host', {
        type: 'string',
        default: '127.0.0.1',
        describe: 'receive-host',
      })
      .option('port', {
        type: 'string',
        describe: 'receive-port',
        describeParams: { port: DEFAULT_RECEIVE_PORT },
      })
      .option('dir', { type: 'string', describe: 'receive-dir' })
      .option('once', {
        type: 'boolean',
        default: false,
        describe: 'receive-once',
      })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: 'receive-force',
      })
      .option('timeout', {
        type: 'string',
        describe: 'receive-timeout',
      }),
});
