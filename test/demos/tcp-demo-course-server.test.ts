import { describe, expect, test } from 'vitest';
import { installed } from '../helpers/installed.js';
import { runCli } from '../helpers/run-cli.js';
import { spawnProgram } from '../helpers/spawn-cli.js';
import { parseEvents } from './_demo-helpers.js';

/** The course's own server: recv(10) twice, then close, with the rest of the bytes unread. */
const COURSE_SERVER = `
import socket
server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen(1)
print(server.getsockname()[1], flush=True)
conn, _ = server.accept()
conn.recv(10)
conn.recv(10)
conn.close()
server.close()
`;

const ENGLISH = { LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
const CHINESE = { LC_ALL: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' };

/** Starts the course's server and runs `netlab demo tcp --role client` against it to the end. */
async function clientOfCourseServer(flags: readonly string[], env: Record<string, string>) {
  const server = spawnProgram('python3', ['-c', COURSE_SERVER]);
  const port = await server.waitForStdout((stdout) => /^(\d+)\n/.exec(stdout)?.[1]);
  const client = await runCli(['demo', 'tcp', '--role', 'client', '--port', port, ...flags], {
    env,
  });
  expect((await server.exit).code).toBe(0);
  return client;
}

describe.skipIf(!installed('python3'))(
  'netlab demo tcp --role client against the course’s server',
  () => {
    test('the reset is narrated as the lesson it is, and the client exits 0', async () => {
      const run = await clientOfCourseServer([], ENGLISH);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toMatch(
        /^ {2}client {2}the server reset the connection \(RST, (ECONNRESET|EPIPE)\) after we sent (21|31) of\n? +31 bytes$/m,
      );
      expect(run.stdout.split('\n').filter((line) => line.length > 80)).toEqual([]);
      const prose = run.stdout.replace(/\n {2}/g, ' ');
      expect(prose).toContain(
        'it closed its socket while bytes we sent were still unread in its receive buffer.',
      );
      expect(prose).toContain('makes its kernel send RST (reset) instead of FIN');
      expect(prose).toContain('everything after the first 20 bytes was never read.');
      expect(run.stdout).not.toContain('netlab:');
    });

    test('with --json the reset is an error event with its code and the bytes sent', async () => {
      const run = await clientOfCourseServer(['--json'], ENGLISH);
      expect([run.code, run.stderr]).toEqual([0, '']);
      const events = parseEvents(run.stdout);
      expect(events[0]).toMatchObject({ side: 'client', event: 'connect' });
      expect(events.at(-1)).toMatchObject({
        side: 'client',
        event: 'error',
        code: expect.stringMatching(/^(ECONNRESET|EPIPE)$/),
        bytes: expect.any(Number),
        message: expect.stringMatching(/^the server reset the connection \(RST, /),
      });
    });

    test('in Chinese the lesson is in Chinese and the --json log stays English', async () => {
      const human = await clientOfCourseServer([], CHINESE);
      expect(human.code).toBe(0);
      expect(human.stdout).toContain('→ 复位是这个服务器的结束方式，不是故障');
      expect(human.stdout).toMatch(/服务器复位了连接（RST，(ECONNRESET|EPIPE)）/);
      const json = await clientOfCourseServer(['--json'], CHINESE);
      expect(json.code).toBe(0);
      expect(json.stdout).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
      expect(parseEvents(json.stdout).at(-1)?.message).toMatch(/^the server reset the connection/);
    });
  },
);
