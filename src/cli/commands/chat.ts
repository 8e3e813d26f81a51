import { defineCommand } from '../command.js';

/** `netlab chat`: the course's UDP chat between two terminals or two machines. */
export const chatCommand = defineCommand({
  command: 'chat',
  describe: 'A UDP chat between two terminals or two machines',
  group: 'demos',
  example: 'netlab chat --role server',
  builder: (yargs) =>
    yargs
      .option('role', {
        type: 'string',
        demandOption: true,
        describe: 'server (binds and answers) or client (sends to the server)',
      })
      .option('host', {
        type: 'string',
        describe: 'address the server binds or the client sends to (default 127.0.0.1)',
      })
      .option('port', { type: 'string', describe: 'the server’s UDP port (default 9000)' })
      .example('netlab chat --role server', 'then, in another terminal:')
      .example('netlab chat --role client', 'type lines; /quit or Ctrl-C ends'),
  run: async (argv, context) => {
    const { parseChatOptions } = await import('../../demos/parse-chat-options.js');
    const options = parseChatOptions({ role: argv.role, host: argv.host, port: argv.port });
    const { runChat } = await import('../../demos/chat.js');
    return runChat(options, context);
  },
});
