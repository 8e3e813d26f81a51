import { describe, expect, onTestFinished, test } from 'vitest';
import { bindUdp } from '../../src/net/bind-udp.js';
import { findLargestDatagram } from '../../src/net/largest-datagram.js';

describe('findLargestDatagram()', () => {
  test('finds the largest payload that sends and the EMSGSIZE one byte past it', async () => {
    const sender = await bindUdp({ host: '127.0.0.1', port: 0 });
    onTestFinished(() => sender.close());
    const nobody = await bindUdp({ host: '127.0.0.1', port: 0 });
    await nobody.close();
    const found = await findLargestDatagram(sender.socket, {
      host: '127.0.0.1',
      port: nobody.port,
    });
    expect(found.code).toBe('EMSGSIZE');
    if (process.platform === 'linux') expect(found.largest).toBe(65_507);
    expect(found.largest).toBeGreaterThan(1000);
  });
});
