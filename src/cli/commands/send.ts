import { commandSpec } from '../command.js';

/** `netlab send FILE... --to HOST:PORT`: sends files to `netlab receive`, verified end to end. */
export const sendCommand = commandSpec({
  command: 'send <files..>',
  describe: 'Send files over TCP with framing and a SHA-256 check',
  group: 'demos',
  example: 'netlab send video.mp4 --to 127.0.0.1:9518',
  builder: (yargs) =>
    yargs
      .positional('files', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'send-files',
      })
      .option('to', {
        type: 'string',
        demandOption: true,
        describe: 'send-to',
      })
      .option('timeout', {
        type: 'string',
        describe: 'send-timeout',
      }),
});
