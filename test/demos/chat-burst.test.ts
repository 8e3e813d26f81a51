import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseEvents, spawnNetlab } from './_demo-helpers.js';

const CLIENTS = 1000;
/** Linux caps a socket's receive buffer at net.core.rmem_max: the server can only get that much. */
const RMEM_MAX = Number(readFileSync('/proc/sys/net/core/rmem_max', 'utf8'));

describe('netlab chat --role server under a classroom burst', () => {
  test.skipIf(RMEM_MAX < 4 * 1024 * 1024)(
    `a line from each of ${CLIENTS} clients at once all arrive on loopback`,
    async () => {
      const server = spawnNetlab(['chat', '--role', 'server', '--port', '0', '--json']);
      const listen = await server.line((text) => text.includes('"event":"listen"'));
      const port = Number(parseEvents(listen)[0]?.port);
      const clients = Array.from({ length: CLIENTS }, () => createSocket('udp4'));
      await Promise.all(
        clients.map(
          (client) => new Promise<void>((resolve) => client.bind(0, '127.0.0.1', resolve)),
        ),
      );
      for (const [index, client] of clients.entries()) {
        client.send(`hello from client ${index}`, port, '127.0.0.1');
      }
      const received = (): number =>
        server.lines().filter((line) => line.includes('"event":"recv"')).length;
      // Bounded: a lost datagram never comes, so the wait ends at the last line or after 10 s.
      await Promise.race([
        server.line(() => received() >= CLIENTS),
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]);
      for (const client of clients) client.close();
      server.child.kill('SIGINT');
      await server.exited;
      expect(received()).toBe(CLIENTS);
    },
    30_000,
  );
});
