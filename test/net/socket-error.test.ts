import { describe, expect, test } from 'vitest';
import { NetlabError } from '../../src/core/errors.js';
import { connectionLost, endpoint, socketError } from '../../src/net/socket-error.js';

function systemError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });
}

describe('socketError()', () => {
  test.for([
    [
      'ECONNREFUSED',
      'cannot connect to 127.0.0.1:9: nothing is listening there (ECONNREFUSED); start the server first, and check the address and port',
    ],
    [
      'EADDRINUSE',
      'cannot connect to 127.0.0.1:9: another program already holds that port (EADDRINUSE); pick another port with --port, or stop the program that holds it',
    ],
    ['EWHATEVER', 'cannot connect to 127.0.0.1:9: connect EWHATEVER 127.0.0.1:9 (EWHATEVER)'],
  ] as const)('socketError() words %s as one line', ([code, message]) => {
    const error = socketError(systemError(code), { action: 'connect to', endpoint: '127.0.0.1:9' });
    expect(error).toBeInstanceOf(NetlabError);
    expect(error).toMatchObject({
      code: 'socket-failed',
      params: { errno: code },
      exitCode: 1,
      message,
    });
  });

  test('socketError() prefers the caller’s hint for that code', () => {
    const error = socketError(systemError('ECONNREFUSED'), {
      action: 'connect to',
      endpoint: '127.0.0.1:9',
      hints: { ECONNREFUSED: 'run "netlab demo tcp --role server" first' },
    });
    expect(error.message).toBe(
      'cannot connect to 127.0.0.1:9: nothing is listening there (ECONNREFUSED); run "netlab demo tcp --role server" first',
    );
  });

  test('socketError() passes netlab’s own errors through', () => {
    const own = new NetlabError('connection-idle', { peer: '127.0.0.1:9', seconds: 1 });
    expect(socketError(own, { action: 'read', endpoint: 'x' })).toBe(own);
  });

  test('connectionLost() words a reset and leaves errors without a code alone', () => {
    const lost = connectionLost(systemError('ECONNRESET'), '127.0.0.1:9514');
    expect((lost as Error).message).toBe(
      'lost the connection with 127.0.0.1:9514: the other end reset the connection (ECONNRESET); the server may have stopped; start it again and retry',
    );
    const plain = new Error('bug');
    expect(connectionLost(plain, 'x')).toBe(plain);
  });

  test.for([
    ['127.0.0.1', 80, '127.0.0.1:80'],
    ['::1', 80, '[::1]:80'],
  ] as const)('endpoint(%s, %s) is %s', ([host, port, text]) => {
    expect(endpoint(host, port)).toBe(text);
  });
});
