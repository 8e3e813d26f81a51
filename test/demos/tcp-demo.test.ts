import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { freePort } from '../helpers/free-port.js';
import { holdTcpPort } from '../helpers/hold-tcp-port.js';
import { runCli } from '../helpers/run-cli.js';
import { parseEvents, runClient, runInProcess, runServerAndClient } from './_demo-helpers.js';

describe('netlab demo tcp', () => {
  test('both ends in one process: 2 sends arrive as reads of 10, 10, 10 and 1 bytes', async () => {
    const run = await runInProcess(['demo', 'tcp', '--json']);
    expect(run.code).toBe(0);
    const events = parseEvents(run.out);
    const sends = events.filter((e) => e.side === 'client' && e.event === 'send');
    const reads = events.filter((e) => e.side === 'server' && e.event === 'recv');
    expect(sends.map((e) => e.data)).toEqual(['my name is leiwenxuan', 'nsdfasfdsf']);
    expect(reads.map((e) => e.data)).toEqual(['my name is', ' leiwenxua', 'nnsdfasfds', 'f']);
    expect(events[0]).toMatchObject({ side: 'server', event: 'listen', host: '127.0.0.1' });
    expect(run.leaked).toEqual([]);
  });

  test('the narration fits 80 columns and ends with the lesson', async () => {
    const run = await runInProcess(['demo', 'tcp']);
    expect(run.code).toBe(0);
    for (const line of run.out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(run.out).toContain('  server  recv(10) #3 got 10 bytes  "nnsdfasfds"\n');
    expect(run.out).toContain('2 sends (21 + 10 bytes) arrived as 4 reads (10 + 10 + 10 + 1).');
  });

  test('as two processes the server reads the client and exits by itself', async () => {
    const { server, client } = await runServerAndClient(['demo', 'tcp']);
    expect([client.code, client.stderr]).toEqual([0, '']);
    expect(parseEvents(client.stdout).map((e) => e.event)).toEqual([
      'connect',
      'send',
      'send',
      'close',
      'close',
    ]);
    expect(await server.exited).toBe(0);
    const reads = parseEvents(server.lines().join('\n')).filter((e) => e.event === 'recv');
    expect(reads.map((e) => e.bytes)).toEqual([10, 10, 10, 1]);
  });

  test('a port in use is one line and exit 1', async () => {
    const port = await holdTcpPort((socket) => socket.destroy());
    const result = await runCli(['demo', 'tcp', '--role', 'server', '--port', String(port)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `netlab: cannot listen on 127.0.0.1:${port}: another program already holds that port (EADDRINUSE); pick another port with --port, or stop the program that holds it\n`,
    );
  });

  test('a refused connection is one line naming the server command, exit 1', async () => {
    const port = await freePort();
    const result = await runCli(['demo', 'tcp', '--role', 'client', '--port', String(port)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `netlab: cannot connect to 127.0.0.1:${port}: nothing is listening there (ECONNREFUSED); start the server first with "netlab demo tcp --role server --port ${port}"\n`,
    );
  });

  test('a server that resets the connection after our bytes is narrated, exit 0', async () => {
    const port = await holdTcpPort((socket) => socket.once('data', () => socket.resetAndDestroy()));
    const result = await runClient(['demo', 'tcp'], String(port));
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(parseEvents(result.stdout).at(-1)).toMatchObject({
      side: 'client',
      event: 'error',
      code: expect.stringMatching(/^(ECONNRESET|EPIPE)$/),
    });
  });

  test.for([
    [
      ['--port', '99999'],
      'netlab: cannot use --port "99999": it is over 65535, the largest 16-bit number\n',
    ],
    [
      ['--port', '08'],
      'netlab: cannot use --port "08": leading zero: some tools read it as octal; write 8\n',
    ],
    [
      ['--role', 'client', '--port', '0'],
      'netlab: cannot use --port "0" for a client: 0 means "any free port", which only a server can ask for; give the port the server printed\n',
    ],
    [['--role', 'peer'], 'netlab: unknown --role "peer": choose one of server, client\n'],
    [
      ['--host', '1::2::3'],
      'netlab: cannot use --host "1::2::3": "::" appears more than once; it stands for one run of zero groups, so it may appear only once; give an IP address such as 127.0.0.1 or 192.168.1.20\n',
    ],
    [
      ['--role', 'server', '--host', '192.0.2.99', '--port', '0'],
      "netlab: cannot listen on 192.0.2.99:0: this machine has no such address (EADDRNOTAVAIL); use 127.0.0.1, 0.0.0.0 or one of this machine's own addresses\n",
    ],
    [
      ['--broken'],
      'netlab: cannot use --broken with "netlab demo tcp": only the transfer demo has a broken mode (try "netlab demo transfer --broken")\n',
    ],
  ] as const)('demo tcp %j is a usage error, exit 2', async ([args, message]) => {
    const result = await runCli(['demo', 'tcp', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
  });

  test('an unknown demo name is a usage error listing the demos', async () => {
    const result = await runCli(['demo', 'stiky']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'netlab: unknown demo "stiky": choose one of tcp, sticky, udp, ports, bind, http, transfer\n',
    );
  });
});
