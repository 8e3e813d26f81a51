import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { describe, expect, onTestFinished, test } from 'vitest';
import { acceptConnection } from '../../src/net/accept-connection.js';
import { InterruptedError } from '../../src/net/wait-for-event.js';

const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;

async function listening() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  onTestFinished(() => {
    server.close();
  });
  return { server, port: (server.address() as { port: number }).port };
}

describe('acceptConnection()', () => {
  test('resolves with the socket of the next client', async () => {
    const { server, port } = await listening();
    const accepting = acceptConnection(server, { timeoutMs: 5000 });
    const client = connect({ host: '127.0.0.1', port });
    onTestFinished(() => {
      client.destroy();
    });
    const socket = await accepting;
    onTestFinished(() => {
      socket.destroy();
    });
    await once(client, 'connect');
    expect(socket.remotePort).toBe(client.localPort);
  });

  test('fails with ETIMEDOUT, naming the port, when nobody connects in time', async () => {
    const { server, port } = await listening();
    await expect(acceptConnection(server, { timeoutMs: 50 })).rejects.toThrow(
      `no client connected to port ${port} within 0.05 s (ETIMEDOUT); check that the other end runs and can reach this one`,
    );
  });

  test('stops waiting, and leaves no timer, once the server closes', async () => {
    const { server } = await listening();
    const before = timers();
    const accepting = acceptConnection(server, { timeoutMs: 60_000 });
    server.close();
    await expect(accepting).rejects.toBeInstanceOf(InterruptedError);
    expect(timers()).toBe(before);
    expect(server.listenerCount('close')).toBe(0);
  });
});
