import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import { describe, expect, onTestFinished, test } from 'vitest';
import { probePort } from '../../src/net/port-probe.js';

async function holdTcpPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

/** A port that was free a moment ago: bind port 0, read the port, let it go. */
async function freshPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('probePort()', () => {
  test('probePort() reports a TCP port held by a listener as in use', async () => {
    const port = await holdTcpPort();
    const probe = await probePort(port);
    expect(probe).toMatchObject({ host: '127.0.0.1', port, tcp: 'in-use' });
  });

  test('probePort() reports a UDP port held by a socket as in use', async () => {
    const socket = createSocket('udp4');
    socket.bind(0, '127.0.0.1');
    await once(socket, 'listening');
    onTestFinished(() => new Promise<void>((resolve) => socket.close(() => resolve())));
    const { port } = socket.address();
    expect((await probePort(port)).udp).toBe('in-use');
  });

  test('probePort() reports a port nobody holds as free on both transports', async () => {
    const port = await freshPort();
    expect(await probePort(port)).toEqual({ host: '127.0.0.1', port, tcp: 'free', udp: 'free' });
  });

  test('probePort() lets the port go: a second probe still finds it free', async () => {
    const port = await freshPort();
    await probePort(port);
    expect((await probePort(port)).tcp).toBe('free');
  });

  test.for([0, -1, 65_536, 1.5])('probePort() refuses %s', async (port) => {
    await expect(probePort(port)).rejects.toThrow(RangeError);
  });
});
