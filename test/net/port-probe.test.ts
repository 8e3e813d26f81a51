import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { describe, expect, onTestFinished, test } from 'vitest';
import { probePort } from '../../src/net/port-probe.js';
import { freePort } from '../helpers/free-port.js';
import { holdTcpPort } from '../helpers/hold-tcp-port.js';

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
    const port = await freePort();
    expect(await probePort(port)).toEqual({ host: '127.0.0.1', port, tcp: 'free', udp: 'free' });
  });

  test('probePort() lets the port go: a second probe still finds it free', async () => {
    const port = await freePort();
    await probePort(port);
    expect((await probePort(port)).tcp).toBe('free');
  });

  test.for([0, -1, 65_536, 1.5])('probePort() refuses %s', async (port) => {
    await expect(probePort(port)).rejects.toThrow(RangeError);
  });
});
