import { commandSpec } from '../command.js';
import { langOption } from './_lang-option.js';

/** `netlab chat`: the course's UDP chat between two terminals or two machines. */
export const chatCommand = commandSpec({
  command: 'chat',
  describe: 'A UDP chat between two terminals or two machines',
  group: 'demos',
  example: 'netlab chat --role server',
  builder: (yargs) =>
    yargs
      .option('role', {
        type: 'string',
        demandOption: true,
        describe: 'chat-role',
      })
      .option('host', {
        type: 'string',
        describe: 'chat-host',
      })
      .option('port', { type: 'string', describe: 'chat-port' })
      .option('lang', langOption('chat-lang'))
      .example('netlab chat --role server', 'chat-example-1')
      .example('netlab chat --role client', 'chat-example-2'),
});
