import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { parseEvents, spawnNetlab, startServer } from './_demo-helpers.js';

describe('netlab chat', () => {
  test('lines typed at each end appear at the other with the sender’s address', async () => {
    const server = await startServer(['chat']);
    const client = spawnNetlab(['chat', '--role', 'client', '--port', server.port, '--json']);
    client.child.stdin.write('hello\n');
    const heard = parseEvents(await server.line((line) => line.includes('"event":"recv"')))[0];
    expect(heard).toMatchObject({ side: 'server', event: 'recv', bytes: 5, data: 'hello' });
    expect(heard?.peer).toMatch(/^127\.0\.0\.1:\d+$/);

    server.child.stdin.write('你好\n');
    const answer = parseEvents(await client.line((line) => line.includes('"event":"recv"')))[0];
    expect(answer).toMatchObject({ data: '你好', peer: `127.0.0.1:${server.port}` });

    client.child.stdin.end();
    expect(await client.exited).toBe(0);
    server.child.stdin.write('/quit\n');
    expect(await server.exited).toBe(0);
    expect(server.stderr() + client.stderr()).toBe('');
  });

  test('a scripted client sends each line of its input and ends with it', async () => {
    const server = await startServer(['chat']);
    const client = await runCli(['chat', '--role', 'client', '--port', server.port, '--json'], {
      input: 'one\ntwo\n',
    });
    expect(client.code).toBe(0);
    expect(parseEvents(client.stdout).map((e) => `${e.event} ${e.data ?? ''}`)).toEqual([
      'listen ',
      'send one',
      'send two',
    ]);
    await server.line((line) => line.includes('"data":"two"'));
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(130);
  });

  test('a client reaches a server on IPv6 loopback', async () => {
    const server = await startServer(['chat', '--host', '::1']);
    const client = await runCli(
      ['chat', '--role', 'client', '--host', '::1', '--port', server.port, '--json'],
      { input: 'hello\n' },
    );
    expect([client.code, client.stderr]).toEqual([0, '']);
    const heard = parseEvents(await server.line((line) => line.includes('"event":"recv"')))[0];
    expect(heard).toMatchObject({ data: 'hello', peer: expect.stringMatching(/^\[::1\]:\d+$/) });
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(130);
  });

  test.for([
    [['chat'], 'netlab: missing required argument: role (see "netlab chat --help")\n'],
    [['chat', '--role', 'both'], 'netlab: unknown --role "both": choose one of server, client\n'],
  ] as const)('netlab %j is a usage error, exit 2', async ([args, message]) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
  });

  test('a host that is not an IP address is a usage error that says what to give', async () => {
    const result = await runCli(['chat', '--role', 'client', '--host', '1.2.3']);
    expect(result.code).toBe(2);
    // The middle is the address parser's own explanation, tested with the parser.
    expect(result.stderr).toMatch(
      /^netlab: cannot use --host "1\.2\.3": .+; give an IP address such as 127\.0\.0\.1 or 192\.168\.1\.20\n$/,
    );
  });
});
